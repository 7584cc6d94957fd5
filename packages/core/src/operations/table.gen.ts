// Placeholder rows until `pnpm codegen` writes the full table; same shape as the generated file.
import type { OperationSpec } from './spec';

export const operationTable = {
  'admins.identify': { method: 'GET', path: '/me' },
  'admins.list': { method: 'GET', path: '/admins' },
  'admins.find': { method: 'GET', path: '/admins/{admin_id}' },
  'contacts.find': { method: 'GET', path: '/contacts/{contact_id}' },
  'companies.list': {
    method: 'POST',
    path: '/companies/list',
    query: ['page', 'per_page', 'order'],
    readOnly: true,
    pagination: { kind: 'page', items: 'data' },
  },
  'companies.scroll': {
    method: 'GET',
    path: '/companies/scroll',
    query: ['scroll_param'],
    pagination: { kind: 'scroll', items: 'data' },
  },
  'conversations.list': {
    method: 'GET',
    path: '/conversations',
    query: ['per_page', 'starting_after'],
    pagination: { kind: 'cursor', items: 'conversations' },
  },
  'conversations.search': {
    method: 'POST',
    path: '/conversations/search',
    body: 'fields',
    readOnly: true,
    search: 'conversations',
    pagination: { kind: 'search-cursor', items: 'conversations' },
  },
  'conversations.reply': { method: 'POST', path: '/conversations/{conversation_id}/reply', body: 'wrapped' },
  'helpCenters.collections.list': {
    method: 'GET',
    path: '/help_center/collections',
    query: ['page', 'per_page'],
    pagination: { kind: 'page', items: 'data' },
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationId = keyof typeof operationTable;
