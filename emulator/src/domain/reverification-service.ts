import { fapiErrors } from './errors.js';
import { hasPrimarySecondFactor, secondFactorsOf } from './factors.js';
import type { AccountLockout } from './lockout.js';
import type { SecondFactor, Session, SessionReverification, User, Verification } from './model.js';
import { useBackupCode } from './one-time-codes.js';
import { verifyPassword } from './passwords.js';
import type { SentCodes } from './sent-codes.js';
import type { EmulatorStore } from './store.js';
import { isTotpCodeValid } from './totp.js';

/** The levels `session.startVerification({ level })` asks for. */
const LEVELS: readonly SessionReverification['level'][] = [
  'first_factor',
  'second_factor',
  'multi_factor',
];

/** `prepare…` / `attempt…` of a reverification: what the browser sent (empty counts as absent). */
export interface ReverificationCommand {
  readonly strategy?: string;
  readonly code?: string;
  readonly password?: string;
  readonly emailAddressId?: string;
  readonly phoneNumberId?: string;
}

/**
 * Reverification of a signed-in session (`session.startVerification` and the steps after it):
 * the user proves a first factor, a second factor or both again, and the session's
 * verification times are renewed, so sensitive actions are allowed again for the instance's
 * window. Password and code failures count towards the account lockout, as in a sign-in.
 */
export class ReverificationService {
  readonly #store: EmulatorStore;
  readonly #lockout: AccountLockout;
  readonly #sentCodes: SentCodes;
  readonly #now: () => number;

  constructor(deps: {
    store: EmulatorStore;
    lockout: AccountLockout;
    sentCodes: SentCodes;
    now: () => number;
  }) {
    this.#store = deps.store;
    this.#lockout = deps.lockout;
    this.#sentCodes = deps.sentCodes;
    this.#now = deps.now;
  }

  /**
   * `POST …/verify`: starts a reverification at `level`. A user without a second factor is
   * asked for the first factor whatever the level, as Clerk falls back.
   */
  start(session: Session, level: string | undefined): SessionReverification {
    const user = this.#userOf(session);
    if (!level) throw fapiErrors.formParamMissing('level');
    const known = LEVELS.find((candidate) => candidate === level);
    if (!known)
      throw fapiErrors.formParamFormatInvalid(
        'level',
        `level must be one of ${LEVELS.join(', ')}.`,
      );
    const secondStepFirst = known === 'second_factor' && hasPrimarySecondFactor(user);
    const reverification: SessionReverification = {
      level: known,
      status: secondStepFirst ? 'needs_second_factor' : 'needs_first_factor',
      firstFactorVerification: null,
      secondFactorVerification: null,
    };
    session.reverification = reverification;
    session.updatedAt = this.#now();
    return reverification;
  }

  /** `POST …/verify/prepare_first_factor`: e-mails a code (`email_code`). */
  prepareFirstFactor(session: Session, command: ReverificationCommand): SessionReverification {
    const { reverification, user } = this.#at(
      session,
      'needs_first_factor',
      'the first factor preparation',
    );
    if (!command.strategy) throw fapiErrors.formParamMissing('strategy');
    if (command.strategy !== 'email_code') throw fapiErrors.strategyForUserInvalid();
    if (command.emailAddressId !== undefined && command.emailAddressId !== user.emailAddressId)
      throw fapiErrors.strategyForUserInvalid();
    reverification.firstFactorVerification = this.#sentCodes.send(
      { user, strategy: 'email_code', to: user.email, signInId: null },
      reverification.firstFactorVerification,
    );
    return reverification;
  }

  /** `POST …/verify/attempt_first_factor`: the password, or the e-mailed code. */
  attemptFirstFactor(session: Session, command: ReverificationCommand): SessionReverification {
    const { reverification, user } = this.#at(
      session,
      'needs_first_factor',
      'the first factor verification',
    );
    if (!command.strategy) throw fapiErrors.formParamMissing('strategy');
    this.#lockout.assertNotLocked(user);
    if (command.strategy === 'password') {
      if (!command.password) throw fapiErrors.formParamMissing('password');
      const verification = this.#nextAttempt(reverification.firstFactorVerification, 'password');
      reverification.firstFactorVerification = verification;
      if (!verifyPassword(command.password, user.passwordHash))
        throw this.#lockout.failedAttempt(user, fapiErrors.formPasswordIncorrect());
      verification.status = 'verified';
      this.#lockout.succeeded(user);
    } else if (command.strategy === 'email_code') {
      if (!command.code) throw fapiErrors.formParamMissing('code');
      this.#sentCodes.check(
        reverification.firstFactorVerification,
        'email_code',
        user,
        command.code,
      );
    } else {
      throw fapiErrors.strategyForUserInvalid();
    }
    const now = this.#now();
    session.firstFactorVerifiedAt = now;
    session.updatedAt = now;
    reverification.status =
      reverification.level === 'multi_factor' && hasPrimarySecondFactor(user)
        ? 'needs_second_factor'
        : 'complete';
    return reverification;
  }

  /** `POST …/verify/prepare_second_factor`: texts a `phone_code` to a phone number of the user. */
  prepareSecondFactor(session: Session, command: ReverificationCommand): SessionReverification {
    const { reverification, user } = this.#at(
      session,
      'needs_second_factor',
      'the second factor preparation',
    );
    if (command.strategy !== undefined && command.strategy !== 'phone_code')
      throw fapiErrors.strategyForUserInvalid();
    const phone = secondFactorsOf(user).find(
      (factor): factor is Extract<SecondFactor, { strategy: 'phone_code' }> =>
        factor.strategy === 'phone_code' &&
        (command.phoneNumberId === undefined || command.phoneNumberId === factor.phoneNumberId),
    );
    if (!phone) throw fapiErrors.strategyForUserInvalid();
    reverification.secondFactorVerification = this.#sentCodes.send(
      { user, strategy: 'phone_code', to: phone.phoneNumber, signInId: null },
      reverification.secondFactorVerification,
    );
    return reverification;
  }

  /** `POST …/verify/attempt_second_factor`: `totp`, `backup_code`, or the texted `phone_code`. */
  attemptSecondFactor(session: Session, command: ReverificationCommand): SessionReverification {
    const { reverification, user } = this.#at(
      session,
      'needs_second_factor',
      'the second factor verification',
    );
    const { strategy, code } = command;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (!code) throw fapiErrors.formParamMissing('code');
    if (!secondFactorsOf(user).some((factor) => factor.strategy === strategy))
      throw fapiErrors.strategyForUserInvalid();
    this.#lockout.assertNotLocked(user);
    const now = this.#now();
    if (strategy === 'phone_code') {
      this.#sentCodes.check(reverification.secondFactorVerification, 'phone_code', user, code);
    } else {
      const verification = this.#nextAttempt(
        reverification.secondFactorVerification,
        strategy === 'totp' ? 'totp' : 'backup_code',
      );
      reverification.secondFactorVerification = verification;
      const accepted =
        strategy === 'totp'
          ? user.totpSecret !== null && isTotpCodeValid(user.totpSecret, code, now)
          : useBackupCode(user, code, now);
      if (!accepted) throw this.#lockout.failedAttempt(user, fapiErrors.formCodeIncorrect());
      verification.status = 'verified';
      this.#lockout.succeeded(user);
    }
    session.secondFactorVerifiedAt = now;
    session.updatedAt = now;
    reverification.status = 'complete';
    return reverification;
  }

  /** The session's reverification if it stands at `status`, with the user; `client_state_invalid` otherwise. */
  #at(
    session: Session,
    status: SessionReverification['status'],
    action: string,
  ): { reverification: SessionReverification; user: User } {
    const reverification = session.reverification;
    if (reverification?.status !== status) throw fapiErrors.reverificationStateInvalid(action);
    return { reverification, user: this.#userOf(session) };
  }

  #userOf(session: Session): User {
    const user = this.#store.user(session.userId);
    if (!user) throw fapiErrors.signedInSessionMissing();
    return user;
  }

  /** A new attempt of a strategy checked here (password, TOTP, backup code), counting the earlier ones. */
  #nextAttempt(
    previous: Verification | null,
    strategy: 'password' | 'totp' | 'backup_code',
  ): Verification {
    return {
      strategy,
      status: 'unverified',
      attempts: (previous?.strategy === strategy ? previous.attempts : 0) + 1,
      expireAt: null,
    };
  }
}
