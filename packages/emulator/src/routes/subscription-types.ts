import { get, type RouteDefinition } from '../http/context';
import { subscriptionTypeView } from '../views/misc';

export const subscriptionTypeRoutes: RouteDefinition[] = [
  get('/subscription_types', ({ store }) => ({
    type: 'list',
    data: [...store.subscriptionTypes.values()].map(subscriptionTypeView),
  })),
];
