import type { Conversation } from '@intercom-kit/core';
import { useManageConversation, useUpdateConversation } from '@intercom-kit/react';
import { MutationErrorState } from '../errors/ErrorState';
import { AssigneeOptions } from '../shared/AssigneeOptions';
import { assigneeOptionValue, parseAssigneeOption } from '../shared/assignee';
import { snoozeOptions } from './snooze';

interface ActionsProps {
  readonly conversation: Conversation;
  readonly adminId: string | undefined;
}

/** Close or reopen, snooze, assign (optimistic: `useManageConversation`) and the priority attribute. */
export function ConversationActions({ conversation, adminId }: ActionsProps) {
  const manage = useManageConversation();
  const id = conversation.id ?? '';
  const ready = adminId !== undefined && !manage.isPending;
  const open = conversation.state === 'open';
  return (
    <div className="actions" data-testid="conversation-actions">
      <div className="action-row">
        <button
          type="button"
          className={`button ${open ? 'primary' : ''}`}
          data-testid={open ? 'action-close' : 'action-open'}
          disabled={!ready}
          onClick={() =>
            adminId &&
            manage.mutate({
              conversation_id: id,
              body: open
                ? { message_type: 'close', type: 'admin', admin_id: adminId }
                : { message_type: 'open', admin_id: adminId },
            })
          }
        >
          {open ? 'Close' : 'Reopen'}
        </button>
        <select
          aria-label="Snooze"
          data-testid="action-snooze"
          disabled={!ready}
          value=""
          onChange={(event) =>
            adminId &&
            event.target.value &&
            manage.mutate({
              conversation_id: id,
              body: { message_type: 'snoozed', admin_id: adminId, snoozed_until: Number(event.target.value) },
            })
          }
        >
          <option value="">Snooze…</option>
          {snoozeOptions(new Date()).map((option) => (
            <option key={option.label} value={option.until}>
              {option.label}
            </option>
          ))}
        </select>
        <AssignSelect
          conversation={conversation}
          disabled={!ready}
          onAssign={(type, assigneeId) =>
            adminId &&
            manage.mutate({
              conversation_id: id,
              body: { message_type: 'assignment', type, admin_id: adminId, assignee_id: assigneeId },
            })
          }
        />
        <PriorityToggle conversation={conversation} />
      </div>
      <MutationErrorState mutation={manage} />
    </div>
  );
}

interface AssignSelectProps {
  readonly conversation: Conversation;
  readonly disabled: boolean;
  readonly onAssign: (type: 'admin' | 'team', id: string) => void;
}

function AssignSelect({ conversation, disabled, onAssign }: AssignSelectProps) {
  const current = conversation.admin_assignee_id
    ? assigneeOptionValue('admin', conversation.admin_assignee_id)
    : conversation.team_assignee_id
      ? assigneeOptionValue('team', conversation.team_assignee_id)
      : '';
  return (
    <select
      aria-label="Assign"
      data-testid="action-assign"
      disabled={disabled}
      value={current}
      onChange={(event) => {
        const assignee = parseAssigneeOption(event.target.value);
        if (assignee) onAssign(assignee.kind, assignee.id);
      }}
    >
      <option value="" disabled>
        Assign…
      </option>
      <AssigneeOptions />
    </select>
  );
}

/**
 * API 2.14 cannot change Intercom's own priority flag (PUT /conversations/{id} has no such member),
 * so priority is kept as the conversation attribute `priority`, through `useUpdateConversation`.
 */
function PriorityToggle({ conversation }: { readonly conversation: Conversation }) {
  const update = useUpdateConversation();
  const marked = conversation.custom_attributes?.priority === 'priority';
  return (
    <>
      <button
        type="button"
        className={`button${marked ? ' active' : ''}`}
        data-testid="action-priority"
        aria-pressed={marked}
        disabled={update.isPending}
        title="Sets the conversation attribute “priority”: API 2.14 cannot change Intercom's own priority flag."
        onClick={() =>
          update.mutate({
            conversation_id: conversation.id ?? '',
            custom_attributes: { priority: marked ? 'not_priority' : 'priority' },
          })
        }
      >
        {marked ? '★ Priority attribute' : '☆ Mark priority'}
      </button>
      <MutationErrorState mutation={update} />
    </>
  );
}
