import { get, type RouteDefinition } from '../http/context';
import { teamView } from '../views/basics';

export const teamRoutes: RouteDefinition[] = [
  get('/teams', ({ store }) => ({ type: 'team.list', teams: [...store.teams.values()].map(teamView) })),
  get('/teams/{team_id}', ({ store, params }) => teamView(store.team(params.team_id as string))),
];
