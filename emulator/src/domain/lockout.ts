import { fapiErrors, type FapiError } from './errors.js';
import type { User } from './model.js';

/** Lockout settings: after `maxAttempts` failures the user is locked for `durationSeconds`. */
export type LockoutPolicy =
  { readonly maxAttempts: number; readonly durationSeconds: number } | false;

/**
 * Clerk's account lockout: failed password and code attempts count per user; the
 * attempt that reaches the limit already answers `user_locked`; a success resets the
 * count, and a lock lifts when its time has passed.
 */
export class AccountLockout {
  /** The policy in force: an instance setting, changeable while the emulator runs. */
  readonly #policy: () => LockoutPolicy;
  readonly #now: () => number;
  readonly #supportContact: string;

  constructor(policy: () => LockoutPolicy, now: () => number, supportContact: string) {
    this.#policy = policy;
    this.#now = now;
    this.#supportContact = supportContact;
  }

  /** Throws `user_locked` while the user is locked; clears a lock whose time has passed. */
  assertNotLocked(user: User): void {
    if (user.lockedUntil === null) return;
    const remainingMs = user.lockedUntil - this.#now();
    if (remainingMs > 0) throw fapiErrors.userLocked(remainingMs / 1000, this.#supportContact);
    user.lockedUntil = null;
    user.failedAttempts = 0;
  }

  /** Counts a failed attempt; returns `user_locked` once the limit is reached, else `error`. */
  failedAttempt(user: User, error: FapiError): FapiError {
    user.failedAttempts += 1;
    const policy = this.#policy();
    if (policy === false || user.failedAttempts < policy.maxAttempts) return error;
    user.lockedUntil = this.#now() + policy.durationSeconds * 1000;
    return fapiErrors.userLocked(policy.durationSeconds, this.#supportContact);
  }

  /** A successful attempt: the count starts again. */
  succeeded(user: User): void {
    user.failedAttempts = 0;
  }
}
