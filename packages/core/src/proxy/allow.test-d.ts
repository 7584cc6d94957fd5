import { describe, expectTypeOf, it } from 'vitest';
import type { AllowRule, FetchHandler, IntercomProxyOptions } from './index';

describe('proxy types', () => {
  it('accepts operation ids, group wildcards, route patterns and readOnly in allow', () => {
    expectTypeOf<'conversations.reply'>().toExtend<AllowRule>();
    expectTypeOf<'conversations.*'>().toExtend<AllowRule>();
    expectTypeOf<'helpCenters.collections.*'>().toExtend<AllowRule>();
    expectTypeOf<'readOnly'>().toExtend<AllowRule>();
    expectTypeOf<{ method: 'POST'; path: '/conversations/{id}/reply' }>().toExtend<AllowRule>();
  });

  it('rejects typos and unknown methods at compile time', () => {
    expectTypeOf<'conversations.replly'>().not.toExtend<AllowRule>();
    expectTypeOf<'conversation.*'>().not.toExtend<AllowRule>();
    expectTypeOf<{ method: 'PATCH'; path: '/contacts/{id}' }>().not.toExtend<AllowRule>();
  });

  it('is a standard fetch handler', () => {
    expectTypeOf<FetchHandler>().toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<IntercomProxyOptions['token']>().toEqualTypeOf<string | (() => string | Promise<string>)>();
  });
});
