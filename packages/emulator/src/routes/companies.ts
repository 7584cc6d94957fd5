import * as v from 'valibot';
import { ApiError } from '../errors';
import { del, get, post, put, type RouteContext, type RouteDefinition } from '../http/context';
import { parseBody, stringMap } from '../http/validate';
import type { Store } from '../store/store';
import type { CompanyRecord } from '../store/types';
import { companyView } from '../views/people';
import { numberedList } from './listing';

const editable = {
  name: v.optional(v.string('name must be a string')),
  plan: v.optional(v.string('plan must be a string')),
  size: v.optional(v.pipe(v.number('size must be an integer'), v.integer('size must be an integer'))),
  website: v.optional(v.string('website must be a string')),
  industry: v.optional(v.string('industry must be a string')),
  custom_attributes: v.optional(stringMap),
  monthly_spend: v.optional(
    v.pipe(v.number('monthly_spend must be an integer'), v.integer('monthly_spend must be an integer')),
  ),
};
const createSchema = v.object({
  ...editable,
  company_id: v.optional(v.pipe(v.string('company_id must be a string'), v.nonEmpty('company_id must not be empty'))),
  remote_created_at: v.optional(v.pipe(v.number(), v.integer('remote_created_at must be unix seconds'))),
});
const updateSchema = v.object(editable);

function applyCompany(
  store: Store,
  company: CompanyRecord,
  input: v.InferOutput<typeof updateSchema>,
  now: number,
): void {
  for (const name of Object.keys(input.custom_attributes ?? {})) {
    if (!store.customAttribute('company', name)) {
      throw new ApiError(
        400,
        'parameter_not_found',
        `Custom attribute '${name}' does not exist for companies; create it with POST /data_attributes first`,
        `custom_attributes.${name}`,
      );
    }
  }
  if (input.name !== undefined) company.name = input.name;
  if (input.plan !== undefined) company.plan = input.plan;
  if (input.size !== undefined) company.size = input.size;
  if (input.website !== undefined) company.website = input.website;
  if (input.industry !== undefined) company.industry = input.industry;
  if (input.monthly_spend !== undefined) company.monthly_spend = input.monthly_spend;
  company.custom_attributes = { ...company.custom_attributes, ...input.custom_attributes };
  company.updated_at = now;
}

function companyList(ctx: RouteContext, companies: CompanyRecord[], perPageDefault: number) {
  return numberedList(ctx, companies, perPageDefault, (c) => companyView(ctx.store, c));
}

export const companyRoutes: RouteDefinition[] = [
  post('/companies', ({ store, body, now }) => {
    const input = parseBody(createSchema, body);
    const existing = input.company_id === undefined ? undefined : store.findCompanyByCompanyId(input.company_id);
    if (existing) {
      applyCompany(store, existing, input, now);
      return companyView(store, existing);
    }
    if (input.company_id === undefined)
      throw new ApiError(400, 'parameter_not_found', 'company_id is required to create a company', 'company_id');
    const company: CompanyRecord = {
      id: store.ids.hex24(now),
      seq: store.nextSeq(),
      created_at: now,
      company_id: input.company_id,
      name: input.name ?? '',
      plan: null,
      remote_created_at: input.remote_created_at ?? now,
      updated_at: now,
      last_request_at: now,
      size: 0,
      website: '',
      industry: '',
      monthly_spend: 0,
      session_count: 0,
      custom_attributes: {},
      tags: [],
      contact_ids: new Set(),
    };
    applyCompany(store, company, input, now);
    store.companies.insert(company);
    return companyView(store, company);
  }),
  get('/companies', (ctx) => {
    const { query, store } = ctx;
    const name = query.get('name');
    const companyId = query.get('company_id');
    const tagId = query.get('tag_id');
    const segmentId = query.get('segment_id');
    if (segmentId !== null) store.segment(segmentId);
    const matches = [...store.companies.newestFirst()].filter(
      (c) =>
        (name === null || c.name === name) &&
        (companyId === null || c.company_id === companyId) &&
        (tagId === null || c.tags.some((t) => t.id === tagId)) &&
        // Segments in the emulator are contact segments, so no company belongs to one.
        segmentId === null,
    );
    if ((name !== null || companyId !== null) && matches.length === 0) {
      throw new ApiError(
        404,
        'company_not_found',
        `Company Not Found: no company with ${name !== null ? `name '${name}'` : `company_id '${companyId}'`}`,
      );
    }
    return companyList(ctx, matches, 15);
  }),
  post('/companies/list', (ctx) => {
    const order = ctx.query.get('order') ?? 'desc';
    if (order !== 'asc' && order !== 'desc')
      throw new ApiError(400, 'parameter_invalid', `order must be asc or desc, got '${order}'`, 'order');
    const sign = order === 'asc' ? 1 : -1;
    // Intercom lists only companies with users, sorted by last_request_at, at most 10,000 of them.
    const withUsers = [...ctx.store.companies.values()]
      .filter((c) => c.contact_ids.size > 0)
      .sort((a, b) => sign * (a.last_request_at - b.last_request_at) || sign * (a.seq - b.seq))
      .slice(0, 10_000);
    return companyList(ctx, withUsers, 15);
  }),
  get('/companies/{company_id}', ({ store, params }) => companyView(store, store.company(params.company_id as string))),
  put('/companies/{company_id}', ({ store, params, body, now }) => {
    const company = store.company(params.company_id as string);
    applyCompany(store, company, parseBody(updateSchema, body), now);
    return companyView(store, company);
  }),
  del('/companies/{company_id}', ({ store, params }) => {
    const company = store.company(params.company_id as string);
    for (const contactId of company.contact_ids) {
      const contact = store.contacts.get(contactId);
      if (contact) store.detachCompany(contact, company);
    }
    store.companies.remove(company.id);
    return { id: company.id, object: 'company', deleted: true };
  }),
  get('/companies/{company_id}/segments', ({ store, params }) => {
    store.company(params.company_id as string);
    return { type: 'list', data: [] };
  }),
];
