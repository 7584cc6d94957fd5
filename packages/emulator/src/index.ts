export type { ErrorList } from './errors';
export { errorList } from './errors';
