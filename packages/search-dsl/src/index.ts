export type {
  AttributeTypeOf,
  BoundFieldRef,
  FieldName,
  FieldTypeOf,
  OperatorOf,
  ResourceSearch,
  ValueByType,
  ValueOf,
} from './bound';
export type { AnyValue, DateInput, FieldRef, FilterMethods, MethodsFor, NonEmptyList } from './builder';
export { and, field, not, or } from './builder';
export { contactsCatalog } from './catalog/contacts';
export { conversationsCatalog } from './catalog/conversations';
export { ticketsCatalog } from './catalog/tickets';
export type { AttributePattern, AttributeTypes, FieldType, ResourceName, SearchCatalog } from './catalog/types';
export { compileQuery } from './compile-query';
export type { ContactsSearch, CustomAttributeType } from './contacts';
export { contacts } from './contacts';
export { conversations } from './conversations';
export type { SearchQueryErrorCode, SearchQueryPath, TextLocation } from './errors';
export { formatPath, isSearchQueryError, SearchQueryError, searchQueryErrorCodes } from './errors';
export type { Binding, CombinedBinding, CompatibleWith, Expression } from './expression';
export { isExpression } from './expression';
export type { ResourceOptions } from './from-json';
export { fromJSON } from './from-json';
export type { GroupJSON, SearchQueryJSON, SingleFilterJSON, WireScalar } from './json';
export type { SearchLimits } from './limits';
export { defaultSearchLimits } from './limits';
export type { GroupOperator, Operator, OperatorMethod } from './operators';
export { operators } from './operators';
export { searchQuerySymbol } from './protocol';
export { parseWhere } from './text/parse-where';
export { toText } from './text/to-text';
export type { TicketAttributeType, TicketsSearch } from './tickets';
export { tickets } from './tickets';
