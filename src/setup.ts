/**
 * clerk-mfa-elements/setup: `<clerk-mfa-setup>`'s class, its events and its flow,
 * without registering the tag (`clerk-mfa-elements/define/clerk-mfa-setup` does). Kept
 * apart from the root entry so that a page with only the sign-in does not load it.
 */
export { ClerkMfaSetup } from './elements/clerk-mfa-setup.js';
export {
  ClerkMfaBackupCodesCreatedEvent,
  ClerkMfaFactorAddedEvent,
  ClerkMfaFactorRemovedEvent,
  ClerkMfaSetupCompleteEvent,
  type BackupCodesCreatedDetail,
  type ClerkMfaSetupEventMap,
  type FactorDetail,
  type SetupCompleteDetail,
  type SetupStrategy,
} from './setup-events.js';
export { MfaSetupFlow, type MfaSetupFlowOptions } from './flow/mfa-setup-flow.js';
export type { MfaSetupNotice } from './flow/mfa-setup-events.js';
export type { MfaSetupSnapshot, MfaSetupStep, SetupMode } from './flow/mfa-setup-states.js';
export { mfaSetupMessages, type MfaSetupMessageKey } from './mfa-setup-messages.js';
