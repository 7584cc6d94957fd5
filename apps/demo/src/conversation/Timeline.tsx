import { formatDateTime } from '../shared/format';
import type { TimelineEntry } from './timeline';

/** The conversation's messages, notes and events, oldest first. */
export function Timeline({ entries }: { readonly entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline" data-testid="timeline">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`timeline-entry ${entry.kind} author-${entry.authorType}`}
          data-testid="timeline-entry"
          data-kind={entry.kind}
        >
          {entry.kind === 'event' ? (
            <p className="event-line">
              <strong>{entry.author}</strong> {entry.action}
              {entry.paragraphs.length > 0 && <q>{entry.paragraphs.join(' ')}</q>}
              <time className="stamp">{entry.createdAt ? formatDateTime(entry.createdAt) : ''}</time>
            </p>
          ) : (
            <div className="bubble">
              <header>
                <strong>{entry.author}</strong>
                {entry.kind === 'note' && <span className="badge note">internal note</span>}
                <time className="stamp">{entry.createdAt ? formatDateTime(entry.createdAt) : ''}</time>
              </header>
              {entry.paragraphs.map((paragraph, index) => (
                // Paragraphs have no identity of their own; their order never changes.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
