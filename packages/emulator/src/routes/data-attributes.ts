import * as v from 'valibot';
import { ApiError } from '../errors';
import { get, post, put, type RouteDefinition } from '../http/context';
import { boolParam, parseBody } from '../http/validate';
import type { DataAttributeRecord, DataType } from '../store/types';
import { dataAttributeView } from '../views/misc';
import { segmentsFiltering } from './segments';

const optionsSchema = v.pipe(
  v.array(v.object({ value: v.string() }), 'options must be an array of {value}'),
  v.minLength(2, 'options needs at least 2 entries'),
);

const createSchema = v.object({
  name: v.pipe(
    v.string('name is required'),
    v.trim(),
    v.nonEmpty('name must not be empty'),
    v.regex(/^[^.$[\]]+$/, "name must not contain '.', '$', '[' or ']'"),
  ),
  model: v.picklist(['contact', 'company'], "model must be 'contact' or 'company'"),
  data_type: v.picklist(
    ['string', 'integer', 'float', 'boolean', 'date', 'datetime', 'options'],
    'data_type must be string, integer, float, boolean, date, datetime or options',
  ),
  description: v.optional(v.string()),
  options: v.optional(optionsSchema),
  messenger_writable: v.optional(v.boolean()),
});

const updateSchema = v.object({
  archived: v.optional(v.boolean('archived must be a boolean')),
  description: v.optional(v.string()),
  messenger_writable: v.optional(v.boolean()),
  options: v.optional(optionsSchema),
});

export const dataAttributeRoutes: RouteDefinition[] = [
  get('/data_attributes', ({ store, query }) => {
    const model = query.get('model');
    if (model !== null && !['contact', 'company', 'conversation'].includes(model)) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `model must be contact, company or conversation, got '${model}'`,
        'model',
      );
    }
    const includeArchived = boolParam(query, 'include_archived') === true;
    const data = [...store.dataAttributes.values()]
      .filter((a) => (model === null || a.model === model) && (includeArchived || !a.archived))
      .map(dataAttributeView);
    return { type: 'list', data };
  }),
  post('/data_attributes', ({ store, body, now }) => {
    const input = parseBody(createSchema, body);
    if (
      store.customAttribute(input.model, input.name) ||
      [...store.dataAttributes.values()].some((a) => a.model === input.model && a.name === input.name)
    ) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `You already have a '${input.name}' attribute on ${input.model}s`,
        'name',
      );
    }
    if ((input.data_type === 'options') !== (input.options !== undefined)) {
      throw new ApiError(400, 'parameter_invalid', "options go with data_type 'options' (and only with it)", 'options');
    }
    const dataType: DataType =
      input.data_type === 'options' ? 'string' : input.data_type === 'datetime' ? 'date' : input.data_type;
    const id = Number(store.ids.next('dataAttribute'));
    const attribute: DataAttributeRecord = {
      id,
      model: input.model,
      name: input.name,
      full_name: `custom_attributes.${input.name}`,
      label: input.name,
      description: input.description ?? '',
      data_type: dataType,
      options: input.options?.map((o) => o.value) ?? null,
      api_writable: true,
      messenger_writable: input.messenger_writable ?? false,
      ui_writable: true,
      custom: true,
      archived: false,
      created_at: now,
      updated_at: now,
      admin_id: store.meAdminId,
    };
    store.dataAttributes.set(id, attribute);
    return dataAttributeView(attribute);
  }),
  put('/data_attributes/{data_attribute_id}', ({ store, params, body, now }) => {
    const attribute = store.dataAttributes.get(Number(params.data_attribute_id));
    if (!attribute)
      throw new ApiError(
        404,
        'field_not_found',
        `Data attribute Not Found: no data attribute with id '${params.data_attribute_id}'`,
      );
    const input = parseBody(updateSchema, body);
    if (!attribute.custom)
      throw new ApiError(
        400,
        'parameter_invalid',
        `'${attribute.full_name}' is a standard attribute and cannot be changed`,
      );
    if (input.archived === true) {
      // Segments whose rule reads the attribute would break if it were archived.
      const segments = segmentsFiltering(store, attribute.full_name);
      if (segments.length) {
        throw new ApiError(
          422,
          'data_invalid',
          `The Data Attribute you are trying to archive has dependant objects. Segments: ${segments.join(', ')}`,
        );
      }
    }
    if (input.options !== undefined && attribute.options === null) {
      throw new ApiError(400, 'parameter_invalid', 'options can only be changed on an options attribute', 'options');
    }
    if (input.archived !== undefined) attribute.archived = input.archived;
    if (input.description !== undefined) attribute.description = input.description;
    if (input.messenger_writable !== undefined) attribute.messenger_writable = input.messenger_writable;
    if (input.options !== undefined) attribute.options = input.options.map((o) => o.value);
    attribute.updated_at = now;
    return dataAttributeView(attribute);
  }),
];
