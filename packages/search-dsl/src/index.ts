export type { Operator, OperatorMethod } from './operators';
export { operators } from './operators';
