/**
 * The vocabulary of the sign-in's transitions: the events they take (a user's intent,
 * or the answer to a Clerk call), the Clerk calls they ask for, and what they return.
 */
import type {
  PrepareResetCodeParams,
  PrepareSecondFactorParams,
  SignInAnswer,
} from './clerk-adapter/index.js';
import type { DescribedError } from './described-error.js';
import type { FailureOutcome } from './error-policy.js';
import type { SentCodeStrategy } from './factors.js';
import type { SignInState } from './states.js';
import type { CodeStrategy, SignedInUser } from './types.js';

/** A session clerk-js holds: active, or pending with the task it waits for. */
export interface HeldSession {
  readonly id: string;
  /** The pending session's task, or null when the session is active. */
  readonly task: string | null;
  readonly user: SignedInUser | null;
}

/** Something that happened: a user's intent, or the answer to a Clerk call. */
export type FlowEvent =
  /** Clerk is to be obtained afresh (another loader): the sign-in in progress is forgotten. */
  | { readonly type: 'reset' }
  | { readonly type: 'load-started' }
  | {
      readonly type: 'loaded';
      /** The session found on loading, if any: active, or pending with its task. */
      readonly session: HeldSession | null;
    }
  | { readonly type: 'load-failed' }
  | {
      readonly type: 'credentials-submitted';
      readonly identifier: string;
      readonly passwordGiven: boolean;
    }
  /** "Forgot password?" with the identifier typed: start a sign-in to reset the password. */
  | { readonly type: 'reset-requested'; readonly identifier: string }
  /** Clerk answered starting the reset: its reset codes are in `supportedFirstFactors`. */
  | { readonly type: 'reset-started'; readonly answer: SignInAnswer }
  | {
      readonly type: 'new-password-submitted';
      readonly passwordGiven: boolean;
      readonly signOutOfOtherSessions: boolean;
    }
  | {
      readonly type: 'code-submitted';
      /** What was typed, as far as can be told before sending it. */
      readonly code: 'missing' | 'implausible' | 'plausible';
    }
  | { readonly type: 'send-requested' }
  | { readonly type: 'strategy-chosen'; readonly strategy: CodeStrategy }
  | { readonly type: 'back' }
  | { readonly type: 'sign-out-requested' }
  /** Clerk answered creating the sign-in or verifying a code. */
  | { readonly type: 'sign-in-answered'; readonly answer: SignInAnswer }
  | {
      readonly type: 'code-sent';
      readonly strategy: SentCodeStrategy;
      readonly answer: SignInAnswer;
      readonly resendAvailableAt: number;
    }
  | { readonly type: 'activated'; readonly user: SignedInUser | null }
  /** The session is made current but waits for a task (`setup-mfa`, …). */
  | {
      readonly type: 'task-pending';
      readonly sessionId: string;
      readonly task: string;
      readonly user: SignedInUser | null;
    }
  /** The task the session waits for is done here (a second factor set up): make it active. */
  | { readonly type: 'task-done' }
  | { readonly type: 'signed-out' }
  | {
      readonly type: 'failed';
      readonly outcome: FailureOutcome;
      /** Who Clerk holds signed in, for an outcome that shows the session. */
      readonly user: SignedInUser | null;
    }
  /** The locks that end by `until` have ended. */
  | { readonly type: 'lock-ended'; readonly until: number }
  /** clerk-js's session changed outside this flow's calls (another tab signed in or out). */
  | { readonly type: 'session-changed'; readonly session: HeldSession | null };

/** A Clerk call a transition asks for. */
export type Command =
  | { readonly type: 'create-sign-in' }
  | { readonly type: 'start-reset' }
  /** The sign-in's new password, after a reset code. */
  | {
      readonly type: 'reset-password';
      readonly signIn: SignInAnswer;
      readonly signOutOfOtherSessions: boolean;
    }
  /** The new password of a session's `reset-password` task, then the session made active. */
  | {
      readonly type: 'update-password';
      readonly sessionId: string;
      readonly signOutOfOtherSessions: boolean;
    }
  | {
      readonly type: 'attempt-code';
      readonly signIn: SignInAnswer;
      readonly strategy: CodeStrategy;
    }
  | {
      readonly type: 'send-code';
      readonly signIn: SignInAnswer;
      readonly strategy: SentCodeStrategy;
      readonly params: PrepareSecondFactorParams | PrepareResetCodeParams;
      /** Where the code goes, as shown to the user (a masked phone number or email). */
      readonly safeIdentifier: string;
    }
  | { readonly type: 'activate'; readonly sessionId: string }
  /** Make active the session Clerk holds for this browser; see the `recover` failure outcome. */
  | {
      readonly type: 'recover-session';
      readonly error: DescribedError;
      readonly otherwise: 'restart' | 'signed-in';
    }
  | { readonly type: 'sign-out' };

export interface Transition {
  readonly state: SignInState;
  readonly command?: Command;
  /** The user left the sign-in: answers to calls still in flight are to be ignored. */
  readonly supersedes?: true;
}
