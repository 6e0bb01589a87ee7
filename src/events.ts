/**
 * The DOM events `<clerk-mfa-sign-in>` dispatches. Each is a class, so hosts get a
 * typed `detail` from `addEventListener` through the `HTMLElementEventMap`
 * augmentation below. All bubble and cross shadow roots (`composed`), and their
 * `detail` is plain serializable data: never a password or a code.
 */
import type {
  CodeSentDetail,
  CompleteDetail,
  ErrorDetail,
  StatusChangeDetail,
} from './flow/types.js';

export type { CodeSentDetail, CompleteDetail, ErrorDetail, StatusChangeDetail };

/** Detail of `clerk-mfa-ready`: empty, Clerk has loaded. */
export type ReadyDetail = Record<string, never>;

const publicEventInit = { bubbles: true, composed: true } as const;

/** Clerk has loaded and the sign-in is ready. */
export class ClerkMfaReadyEvent extends Event {
  static readonly eventName = 'clerk-mfa-ready';
  readonly detail: ReadyDetail = {};
  constructor() {
    super(ClerkMfaReadyEvent.eventName, publicEventInit);
  }
}

/** The step, the sign-in status or the code strategy changed. */
export class ClerkMfaStatusChangeEvent extends Event {
  static readonly eventName = 'clerk-mfa-status-change';
  constructor(readonly detail: StatusChangeDetail) {
    super(ClerkMfaStatusChangeEvent.eventName, publicEventInit);
  }
}

/** An SMS or email code was sent. */
export class ClerkMfaCodeSentEvent extends Event {
  static readonly eventName = 'clerk-mfa-code-sent';
  constructor(readonly detail: CodeSentDetail) {
    super(ClerkMfaCodeSentEvent.eventName, publicEventInit);
  }
}

/** An error was shown to the user, or Clerk failed to load. */
export class ClerkMfaErrorEvent extends Event {
  static readonly eventName = 'clerk-mfa-error';
  constructor(readonly detail: ErrorDetail) {
    super(ClerkMfaErrorEvent.eventName, publicEventInit);
  }
}

/**
 * The session is created and active. Cancelable: `preventDefault()` stops the
 * redirect to `redirect-url`.
 */
export class ClerkMfaCompleteEvent extends Event {
  static readonly eventName = 'clerk-mfa-complete';
  constructor(readonly detail: CompleteDetail) {
    super(ClerkMfaCompleteEvent.eventName, { ...publicEventInit, cancelable: true });
  }
}

/** Every event of `<clerk-mfa-sign-in>` by name, for typed listeners. */
export interface ClerkMfaEventMap {
  'clerk-mfa-ready': ClerkMfaReadyEvent;
  'clerk-mfa-status-change': ClerkMfaStatusChangeEvent;
  'clerk-mfa-code-sent': ClerkMfaCodeSentEvent;
  'clerk-mfa-error': ClerkMfaErrorEvent;
  'clerk-mfa-complete': ClerkMfaCompleteEvent;
}

// The events bubble up to the document, so listeners there are typed as well.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ClerkMfaEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ClerkMfaEventMap {}
}
