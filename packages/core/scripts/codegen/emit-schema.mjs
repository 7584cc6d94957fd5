// schema.gen.ts: the description as TypeScript types, produced by openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';

export async function emitSchema(spec, header) {
  const ast = await openapiTS(spec, {
    silent: true,
    // Request bodies are inputs: a property with a default is still optional to send.
    defaultNonNullable: false,
    // `{ type: object }` without properties is free-form (ticket attributes, custom attributes), not `{}`.
    emptyObjectsUnknown: true,
  });
  return `${header}\n${astToString(ast)}`;
}
