import { describe, expect, it } from 'vitest';
import { HttpResponsePromise } from './http-response-promise';
import type { RawResponse } from './raw-response';

const rawResponse = { status: 201, headers: new Headers({ 'x-a': '1' }) } as RawResponse;

describe('HttpResponsePromise', () => {
  it('resolves to the data and is a Promise', async () => {
    const promise = HttpResponsePromise.fromPromise(Promise.resolve({ data: { id: 1 }, rawResponse }));
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual({ id: 1 });
  });

  it('gives data and raw response together', async () => {
    const promise = HttpResponsePromise.fromPromise(Promise.resolve({ data: 'x', rawResponse }));
    const { data, rawResponse: raw } = await promise.withRawResponse();
    expect(data).toBe('x');
    expect(raw.status).toBe(201);
  });

  it('supports catch and finally with the inner rejection', async () => {
    const problem = new Error('nope');
    let finished = false;
    const caught = await HttpResponsePromise.fromPromise(Promise.reject(problem))
      .finally(() => {
        finished = true;
      })
      .catch((error: unknown) => error);
    expect(caught).toBe(problem);
    expect(finished).toBe(true);
    await expect(HttpResponsePromise.fromPromise(Promise.reject(problem)).withRawResponse()).rejects.toBe(problem);
  });

  it('works with Promise.all', async () => {
    const a = HttpResponsePromise.fromPromise(Promise.resolve({ data: 1, rawResponse }));
    const b = HttpResponsePromise.fromPromise(Promise.resolve({ data: 2, rawResponse }));
    expect(await Promise.all([a, b])).toEqual([1, 2]);
  });
});
