export { IntercomEnvironment } from './environments';
