/** One reason a payload was refused: where (`data.item.id`) and what was wrong. */
export interface WebhookPayloadIssue {
  path: string;
  message: string;
}

/** A body that is not an Intercom notification: not JSON, or not the `notification_event` envelope. */
export class WebhookPayloadError extends Error {
  override name = 'WebhookPayloadError';
  readonly issues: readonly WebhookPayloadIssue[];

  constructor(message: string, issues: readonly WebhookPayloadIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.issues = issues;
  }
}

/** `notification.load()` could not find what to fetch (for example, a bare conversation part). */
export class WebhookLoadError extends Error {
  override name = 'WebhookLoadError';
}
