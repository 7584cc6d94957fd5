import { accountChecks } from './accounts';
import { behaviourChecks } from './behaviours';
import type { Check } from './context';
import { conversationChecks } from './conversations';
import { peopleChecks } from './people';
import { workspaceChecks } from './workspace';

export type { Check, CheckContext } from './context';

const groups = [peopleChecks, accountChecks, conversationChecks, workspaceChecks, behaviourChecks];

/** One check per example id of docs/migration.md. */
export const checks: Record<string, Check> = Object.assign({}, ...groups);

/** Ids checked in more than one group (a copy-paste slip would silently replace a check). */
export const duplicateCheckIds = groups
  .flatMap((group) => Object.keys(group))
  .filter((id, index, ids) => ids.indexOf(id) !== index);
