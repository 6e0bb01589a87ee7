/**
 * What the sign-in flow is given: its options, and what the user typed into its forms
 * (passwords are sent to Clerk and forgotten, never kept).
 */
import type { Translate } from '../messages.js';

export interface SignInFlowOptions {
  /** Produces every message the flow puts in its state and notices. */
  readonly translate: Translate;
  /** Seconds after sending an SMS or email code before another can be sent; 30 by default. */
  readonly resendDelaySeconds?: number;
  /** The current time in epoch milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** Schedules `callback` after `milliseconds`; `setTimeout` by default. */
  readonly setTimer?: (callback: () => void, milliseconds: number) => unknown;
  /** Cancels a timer made by `setTimer`; `clearTimeout` by default. */
  readonly clearTimer?: (timer: unknown) => void;
}

/** A new password chosen in the form; sent to Clerk and forgotten. */
export interface NewPassword {
  readonly password: string;
  /** Ends the user's sessions on other devices. */
  readonly signOutOfOtherSessions: boolean;
}

/** What the instance asks of a password, for the hint under the new-password field. */
export interface PasswordRules {
  readonly minimumLength: number | undefined;
}

/** The credentials typed into the form; the password is sent to Clerk and forgotten. */
export interface Credentials {
  readonly identifier: string;
  readonly password: string;
}
