import { fapiErrors } from './errors.js';
import type { AccountLockout } from './lockout.js';
import type { OutboxMessage, SentCodeStrategy, User, Verification } from './model.js';
import { createVerificationCode } from './one-time-codes.js';

/** How codes sent by SMS or e-mail behave. */
export interface SentCodeSettings {
  /** Minimum time between two codes for the same sign-in and strategy. */
  readonly resendCooldownSeconds: number;
  /** Lifetime of a code. */
  readonly codeLifetimeSeconds: number;
  /** Wrong guesses allowed per code before `verification_failed`. */
  readonly codeMaxAttempts: number;
}

/** Strategies whose code goes by SMS; the others' go by e-mail. */
const SMS_STRATEGIES: ReadonlySet<SentCodeStrategy> = new Set([
  'phone_code',
  'reset_password_phone_code',
]);
/** A code to send: whose, by which strategy, to which phone number or address, for which sign-in. */
export interface CodeMessage {
  readonly user: User;
  readonly strategy: SentCodeStrategy;
  /** The phone number (`phone_code`) or e-mail address (`email_code`). */
  readonly to: string;
  /** The sign-in it is for; null for a phone number's own verification or a reverification. */
  readonly signInId: string | null;
}

/**
 * SMS and e-mail codes: sending one (to the outbox, never to a person) within the resend
 * cooldown, and checking a guess against it (expiry, attempts, lockout).
 */
export class SentCodes {
  readonly #settings: SentCodeSettings;
  readonly #outbox: { addOutboxMessage(message: OutboxMessage): void };
  readonly #lockout: AccountLockout;
  readonly #now: () => number;

  constructor(deps: {
    settings: SentCodeSettings;
    outbox: { addOutboxMessage(message: OutboxMessage): void };
    lockout: AccountLockout;
    now: () => number;
  }) {
    this.#settings = deps.settings;
    this.#outbox = deps.outbox;
    this.#lockout = deps.lockout;
    this.#now = deps.now;
  }

  /** Sends a new code; `previous` is the verification it replaces (for the resend cooldown). */
  send(message: CodeMessage, previous: Verification | null): Verification {
    const { user, strategy } = message;
    const now = this.#now();
    if (previous?.sentCode && previous.strategy === strategy) {
      const waitMs = previous.sentCode.sentAt + this.#settings.resendCooldownSeconds * 1000 - now;
      if (waitMs > 0) throw fapiErrors.verificationCodeTooManyRequests(Math.ceil(waitMs / 1000));
    }
    const channel = SMS_STRATEGIES.has(strategy) ? 'sms' : 'email';
    const code = createVerificationCode();
    this.#outbox.addOutboxMessage({
      to: message.to,
      channel,
      code,
      sentAt: now,
      userEmail: user.email,
      signInId: message.signInId,
      strategy,
    });
    return {
      strategy,
      status: 'unverified',
      attempts: 0,
      expireAt: now + this.#settings.codeLifetimeSeconds * 1000,
      sentCode: { code, channel, sentAt: now },
    };
  }

  /**
   * Makes a sent code expired at once, and allows the next one without waiting out the
   * resend cooldown (a used or failed code too); returns whether there was a code still to
   * expire.
   */
  expire(verification: Verification | null): boolean {
    if (!verification?.sentCode) return false;
    const now = this.#now();
    const stillUsable =
      verification.status === 'unverified' && now < (verification.expireAt ?? now);
    if (stillUsable) verification.expireAt = now;
    verification.sentCode = {
      ...verification.sentCode,
      sentAt: Math.min(
        verification.sentCode.sentAt,
        now - this.#settings.resendCooldownSeconds * 1000,
      ),
    };
    return stillUsable;
  }

  /**
   * Checks a guess; throws Clerk's error for a code not sent, already used, expired, failed or
   * wrong. A wrong guess counts towards `lockoutOf`'s account lockout (null: a code that does
   * not sign in).
   */
  check(
    verification: Verification | null,
    strategy: SentCodeStrategy,
    lockoutOf: User | null,
    code: string,
  ): void {
    if (!verification?.sentCode || verification.strategy !== strategy)
      throw fapiErrors.verificationNotSent();
    if (verification.status === 'verified') throw fapiErrors.verificationAlreadyVerified();
    if (verification.status === 'failed') throw fapiErrors.verificationFailed();
    if (
      verification.status === 'expired' ||
      (verification.expireAt !== null && this.#now() >= verification.expireAt)
    ) {
      verification.status = 'expired';
      throw fapiErrors.verificationExpired();
    }
    verification.attempts += 1;
    if (code.replace(/\s+/g, '') !== verification.sentCode.code) {
      const tooMany = verification.attempts >= this.#settings.codeMaxAttempts;
      if (tooMany) verification.status = 'failed';
      const refusal = tooMany ? fapiErrors.verificationFailed() : fapiErrors.formCodeIncorrect();
      throw lockoutOf ? this.#lockout.failedAttempt(lockoutOf, refusal) : refusal;
    }
    verification.status = 'verified';
    if (lockoutOf) this.#lockout.succeeded(lockoutOf);
  }
}
