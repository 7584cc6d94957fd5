export { intercomKeys } from './keys';
