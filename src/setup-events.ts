/**
 * The DOM events `<clerk-mfa-setup>` dispatches, as classes, with the
 * `HTMLElementEventMap` augmentation for typed listeners. All bubble and cross shadow
 * roots; their `detail` names a strategy or a number, never the authenticator app's
 * key or URI, a code or a backup code.
 */

/** The second factors `<clerk-mfa-setup>` adds and removes. */
export type SetupStrategy = 'totp' | 'phone_code';

export interface FactorDetail {
  readonly strategy: SetupStrategy;
}

export interface BackupCodesCreatedDetail {
  /** How many codes were made (the codes themselves are only shown). */
  readonly count: number;
}

/** Detail of `clerk-mfa-setup-complete`: empty. */
export type SetupCompleteDetail = Record<string, never>;

const publicEventInit = { bubbles: true, composed: true } as const;

/** A second factor was added (its first code verified). */
export class ClerkMfaFactorAddedEvent extends Event {
  static readonly eventName = 'clerk-mfa-factor-added';
  constructor(readonly detail: FactorDetail) {
    super(ClerkMfaFactorAddedEvent.eventName, publicEventInit);
  }
}

/** A second factor was removed. */
export class ClerkMfaFactorRemovedEvent extends Event {
  static readonly eventName = 'clerk-mfa-factor-removed';
  constructor(readonly detail: FactorDetail) {
    super(ClerkMfaFactorRemovedEvent.eventName, publicEventInit);
  }
}

/** New backup codes were made and shown; the ones before, if any, stopped working. */
export class ClerkMfaBackupCodesCreatedEvent extends Event {
  static readonly eventName = 'clerk-mfa-backup-codes-created';
  constructor(readonly detail: BackupCodesCreatedDetail) {
    super(ClerkMfaBackupCodesCreatedEvent.eventName, publicEventInit);
  }
}

/** The required setup is done (a second factor added, its backup codes seen). */
export class ClerkMfaSetupCompleteEvent extends Event {
  static readonly eventName = 'clerk-mfa-setup-complete';
  readonly detail: SetupCompleteDetail = {};
  constructor() {
    super(ClerkMfaSetupCompleteEvent.eventName, publicEventInit);
  }
}

/** Every event of `<clerk-mfa-setup>` by name, for typed listeners. */
export interface ClerkMfaSetupEventMap {
  'clerk-mfa-factor-added': ClerkMfaFactorAddedEvent;
  'clerk-mfa-factor-removed': ClerkMfaFactorRemovedEvent;
  'clerk-mfa-backup-codes-created': ClerkMfaBackupCodesCreatedEvent;
  'clerk-mfa-setup-complete': ClerkMfaSetupCompleteEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ClerkMfaSetupEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends ClerkMfaSetupEventMap {}
}
