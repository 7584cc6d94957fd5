import * as v from 'valibot';
import { ApiError } from '../errors';
import { del, get, post, type RouteDefinition } from '../http/context';
import { idSchema, parseBody } from '../http/validate';
import type { ContactRecord } from '../store/types';
import { companyView, contactView } from '../views/people';
import { numberedList, numberedPage, numberedPages } from './listing';

const attachSchema = v.object({ id: idSchema });

/** Links between contacts and companies, seen from either side. */
export const companyContactRoutes: RouteDefinition[] = [
  get('/companies/{company_id}/contacts', (ctx) => {
    const company = ctx.store.company(ctx.params.company_id as string);
    const contacts = [...company.contact_ids]
      .flatMap((id) => ctx.store.contacts.get(id) ?? [])
      .sort((a: ContactRecord, b: ContactRecord) => b.created_at - a.created_at || b.seq - a.seq);
    return numberedList(ctx, contacts, 50, (c) => contactView(ctx.store, c));
  }),
  get('/contacts/{contact_id}/companies', (ctx) => {
    const contact = ctx.store.contact(ctx.params.contact_id as string);
    const companies = contact.company_ids.flatMap((id) => ctx.store.companies.get(id) ?? []);
    const page = numberedPage(ctx, companies, 50);
    const data = page.items.map((c) => companyView(ctx.store, c));
    const next = page.hasNext
      ? `${ctx.origin}/contacts/${contact.id}/companies?page=${page.page + 1}&per_page=${page.perPage}`
      : null;
    return {
      type: 'list',
      // The description names the list `companies`; Intercom's example and API use `data`. Both are sent.
      data,
      companies: data,
      total_count: page.totalCount,
      pages: { ...numberedPages(page), next },
    };
  }),
  post('/contacts/{contact_id}/companies', ({ store, params, body, now }) => {
    const contact = store.contact(params.contact_id as string);
    const company = store.company(parseBody(attachSchema, body).id);
    store.attachCompany(contact, company);
    contact.updated_at = now;
    return companyView(store, company);
  }),
  del('/contacts/{contact_id}/companies/{company_id}', ({ store, params, now }) => {
    const contact = store.contact(params.contact_id as string);
    const company = store.company(params.company_id as string);
    if (!contact.company_ids.includes(company.id)) {
      throw new ApiError(404, 'company_not_found', `Company ${company.id} is not attached to contact ${contact.id}`);
    }
    store.detachCompany(contact, company);
    contact.updated_at = now;
    return companyView(store, company);
  }),
];
