export declare const SMOKE_TOKEN: string;
export declare const SMOKE_SECRET: string;
export declare const expectedProxySmoke: {
  allowed: { status: number; type: string; requestId: boolean };
  refused: { status: number; code: string; message: string };
};
export declare function proxySmoke(
  proxyModule: unknown,
  upstream: string,
  serve: (handler: (request: Request) => Promise<Response>) => Promise<{ url: string; stop: () => Promise<void> }>,
): Promise<typeof expectedProxySmoke>;
