import { describe, expectTypeOf, it } from 'vitest';
import {
  type HttpResponsePromise,
  Intercom,
  IntercomClient,
  type IntercomClientOptions,
  IntercomEnvironment,
  type IntercomError,
  type Page,
  type PagePromise,
  type RateLimit,
  type RequestOptions,
  type WithRawResponse,
} from './index';

const client = new IntercomClient({ token: 't' });

describe('IntercomClient types', () => {
  it('takes the options of intercom-client 7.x', () => {
    // The option shape of intercom-client 7.x (BaseClientOptions), minus its Fern-specific `fetcher`.
    interface SevenOptions {
      environment?: IntercomEnvironment | string | (() => IntercomEnvironment | string | Promise<string>);
      baseUrl?: string | (() => string | Promise<string>);
      token?: string | undefined | (() => string | undefined | Promise<string | undefined>);
      version?: '2.11' | '2.14' | 'Unstable';
      headers?: Record<string, string | (() => string | null | undefined) | null | undefined>;
      timeoutInSeconds?: number;
      maxRetries?: number;
      fetch?: typeof fetch;
    }
    expectTypeOf<SevenOptions>().toExtend<IntercomClientOptions>();
    new IntercomClient({ environment: IntercomEnvironment.EuProduction, token: async () => 't', version: '2.14' });
    new IntercomClient({ environment: 'au', fetch: globalThis.fetch, logging: { level: 'debug' } });
  });

  it('returns HttpResponsePromise and PagePromise from operations', () => {
    expectTypeOf(client.admins.identify()).toExtend<HttpResponsePromise<unknown>>();
    expectTypeOf(client.admins.identify()).toExtend<Promise<unknown>>();
    expectTypeOf(client.conversations.list()).toExtend<PagePromise<unknown, unknown>>();
    expectTypeOf(client.conversations.list()).toExtend<AsyncIterable<unknown>>();
    expectTypeOf(client.helpCenters.collections.list).toBeFunction();
  });

  it('awaits a PagePromise to a Page and offers withRawResponse', () => {
    type Listed = Awaited<ReturnType<typeof client.conversations.list>>;
    expectTypeOf<Listed>().toExtend<Page<unknown, unknown>>();
    expectTypeOf(client.admins.identify().withRawResponse()).toExtend<Promise<WithRawResponse<unknown>>>();
  });

  it('accepts the per-call options of intercom-client 7.x', () => {
    const options: RequestOptions = {
      maxRetries: 1,
      timeoutInSeconds: 5,
      abortSignal: new AbortController().signal,
      headers: { 'x-a': 'b' },
      queryParams: { a: 1 },
      version: '2.13',
    };
    expectTypeOf(options).toExtend<RequestOptions>();
  });

  it('types the escape hatch and the rate limit', () => {
    expectTypeOf(client.request<{ id: string }>({ method: 'GET', path: '/x' })).toEqualTypeOf<
      HttpResponsePromise<{ id: string }>
    >();
    expectTypeOf(
      client.request<{ id: string }>({ method: 'GET', path: '/x', pagination: { kind: 'cursor', items: 'data' } }),
    ).toEqualTypeOf<PagePromise<{ id: string }>>();
    expectTypeOf(client.rateLimit).toEqualTypeOf<RateLimit | undefined>();
  });

  it('exposes the error classes under the Intercom namespace', () => {
    expectTypeOf(new Intercom.NotFoundError()).toExtend<IntercomError>();
    expectTypeOf(new Intercom.InternalServerError().statusCode).toEqualTypeOf<number | undefined>();
  });
});
