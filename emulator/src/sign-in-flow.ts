import { fapiErrors, type FapiError } from './errors.js';
import { createId } from './ids.js';
import {
  createVerificationCode,
  normalizeBackupCode,
  type OutboxMessage,
} from './one-time-codes.js';
import type { ResolvedEmulatorOptions } from './options.js';
import { verifyPassword } from './passwords.js';
import { offeredSecondFactors } from './serializers.js';
import type {
  ClientRecord,
  EmulatorState,
  SessionRecord,
  SignInRecord,
  UserRecord,
  VerificationRecord,
} from './state.js';
import { isTotpCodeValid } from './totp.js';

const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const SESSION_ABANDON_MS = 30 * 24 * 60 * 60 * 1000;

/** Form parameters of the sign-in endpoints, as clerk-js sends them (snake_case). */
export type FormParams = Readonly<Record<string, string | undefined>>;

/**
 * The sign-in state machine of the Frontend API: create, prepare and attempt
 * first and second factors, the new-device check (client trust), account
 * lockout, and the session created at the end.
 *
 * Methods throw {@link FapiError} for every refusal, with Clerk's codes.
 */
export class SignInFlow {
  readonly #state: EmulatorState;
  readonly #options: ResolvedEmulatorOptions;

  constructor(state: EmulatorState, options: ResolvedEmulatorOptions) {
    this.#state = state;
    this.#options = options;
  }

  /** `POST /v1/client/sign_ins`: identifier (+ password) → a new sign-in on the client. */
  create(client: ClientRecord, params: FormParams): SignInRecord {
    if (this.#options.singleSessionMode && this.#state.activeSessionsOf(client).length > 0) {
      throw fapiErrors.sessionExists();
    }
    const strategy = params.strategy || undefined;
    if (strategy !== undefined && strategy !== 'password')
      throw fapiErrors.strategyForUserInvalid();
    const identifier = params.identifier?.trim() || undefined;
    const password = params.password || undefined;
    if (identifier === undefined) {
      if (password !== undefined || strategy !== undefined)
        throw fapiErrors.formParamMissing('identifier');
      return this.#attach(client, this.#newSignIn(client, null, null, 'needs_identifier'));
    }
    const user = this.#state.findUserByEmail(identifier);
    if (!user) throw fapiErrors.formIdentifierNotFound();
    this.#assertNotLocked(user);
    if (password === undefined) {
      if (strategy === 'password') throw fapiErrors.formParamMissing('password');
      return this.#attach(client, this.#newSignIn(client, user, identifier, 'needs_first_factor'));
    }
    const signIn = this.#attach(
      client,
      this.#newSignIn(client, user, identifier, 'needs_first_factor'),
    );
    this.#verifyPasswordFactor(signIn, user, password);
    return this.#afterFirstFactor(client, signIn, user);
  }

  /** `GET /v1/client/sign_ins/{id}`. */
  get(client: ClientRecord, signInId: string): SignInRecord {
    return this.#findSignIn(client, signInId);
  }

  /** `POST …/prepare_first_factor`: sends an e-mail code (`email_code`). */
  prepareFirstFactor(client: ClientRecord, signInId: string, params: FormParams): SignInRecord {
    const signIn = this.#findSignIn(client, signInId);
    if (signIn.status !== 'needs_first_factor')
      throw fapiErrors.signInStateInvalid('the first factor preparation');
    const user = this.#userOf(signIn);
    if (!params.strategy) throw fapiErrors.formParamMissing('strategy');
    if (params.strategy !== 'email_code') throw fapiErrors.strategyForUserInvalid();
    if (params.email_address_id && params.email_address_id !== user.emailAddressId)
      throw fapiErrors.strategyForUserInvalid();
    signIn.firstFactorVerification = this.#sendCode(
      signIn,
      user,
      'email_code',
      signIn.firstFactorVerification,
    );
    return signIn;
  }

  /** `POST …/attempt_first_factor`: `password`, or the `email_code` sent by prepare. */
  attemptFirstFactor(client: ClientRecord, signInId: string, params: FormParams): SignInRecord {
    const signIn = this.#findSignIn(client, signInId);
    if (signIn.status !== 'needs_first_factor')
      throw fapiErrors.signInStateInvalid('the first factor verification');
    const user = this.#userOf(signIn);
    if (!params.strategy) throw fapiErrors.formParamMissing('strategy');
    this.#assertNotLocked(user);
    if (params.strategy === 'password') {
      if (!params.password) throw fapiErrors.formParamMissing('password');
      this.#verifyPasswordFactor(signIn, user, params.password);
    } else if (params.strategy === 'email_code') {
      if (!params.code) throw fapiErrors.formParamMissing('code');
      this.#checkSentCode(signIn.firstFactorVerification, 'email_code', user, params.code);
    } else {
      throw fapiErrors.strategyForUserInvalid();
    }
    return this.#afterFirstFactor(client, signIn, user);
  }

  /** `POST …/prepare_second_factor`: texts a `phone_code`, or e-mails the new-device `email_code`. */
  prepareSecondFactor(client: ClientRecord, signInId: string, params: FormParams): SignInRecord {
    const signIn = this.#findSignIn(client, signInId);
    if (signIn.status !== 'needs_second_factor' && signIn.status !== 'needs_client_trust') {
      throw fapiErrors.signInStateInvalid('the second factor preparation');
    }
    const user = this.#userOf(signIn);
    const strategy = params.strategy;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (strategy !== 'phone_code' && strategy !== 'email_code')
      throw fapiErrors.strategyForUserInvalid();
    const factor = this.#offeredFactor(signIn, user, strategy);
    if (
      strategy === 'phone_code' &&
      params.phone_number_id &&
      params.phone_number_id !== factor.phone_number_id
    ) {
      throw fapiErrors.strategyForUserInvalid();
    }
    if (
      strategy === 'email_code' &&
      params.email_address_id &&
      params.email_address_id !== factor.email_address_id
    ) {
      throw fapiErrors.strategyForUserInvalid();
    }
    signIn.secondFactorVerification = this.#sendCode(
      signIn,
      user,
      strategy,
      signIn.secondFactorVerification,
    );
    return signIn;
  }

  /** `POST …/attempt_second_factor`: `totp`, `backup_code`, or a prepared `phone_code` / `email_code`. */
  attemptSecondFactor(client: ClientRecord, signInId: string, params: FormParams): SignInRecord {
    const signIn = this.#findSignIn(client, signInId);
    if (signIn.status !== 'needs_second_factor' && signIn.status !== 'needs_client_trust') {
      throw fapiErrors.signInStateInvalid('the second factor verification');
    }
    const user = this.#userOf(signIn);
    const strategy = params.strategy;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (!params.code) throw fapiErrors.formParamMissing('code');
    this.#assertNotLocked(user);
    if (
      strategy !== 'totp' &&
      strategy !== 'backup_code' &&
      strategy !== 'phone_code' &&
      strategy !== 'email_code'
    ) {
      throw fapiErrors.strategyForUserInvalid();
    }
    this.#offeredFactor(signIn, user, strategy);
    const now = this.#options.now();
    if (strategy === 'phone_code' || strategy === 'email_code') {
      this.#checkSentCode(signIn.secondFactorVerification, strategy, user, params.code);
    } else {
      const previous =
        signIn.secondFactorVerification?.strategy === strategy
          ? signIn.secondFactorVerification
          : null;
      const verification: VerificationRecord = {
        strategy,
        status: 'unverified',
        attempts: (previous?.attempts ?? 0) + 1,
        expireAt: null,
      };
      signIn.secondFactorVerification = verification;
      const accepted =
        strategy === 'totp'
          ? user.totpSecret !== null && isTotpCodeValid(user.totpSecret, params.code, now)
          : this.#useBackupCode(user, params.code, now);
      if (!accepted) throw this.#failedAttempt(user, fapiErrors.formCodeIncorrect());
      verification.status = 'verified';
      user.failedAttempts = 0;
    }
    const trustCheck = signIn.status === 'needs_client_trust';
    if (trustCheck) client.trustedUserIds.add(user.id);
    this.#complete(client, signIn, user, trustCheck ? null : now);
    return signIn;
  }

  #newSignIn(
    client: ClientRecord,
    user: UserRecord | null,
    identifier: string | null,
    status: SignInRecord['status'],
  ): SignInRecord {
    const now = this.#options.now();
    return {
      id: createId('sia'),
      clientId: client.id,
      userId: user?.id ?? null,
      identifier,
      status,
      createdAt: now,
      abandonAt: now + this.#options.signInLifetimeSeconds * 1000,
      firstFactorVerification: null,
      secondFactorVerification: null,
      createdSessionId: null,
    };
  }

  #attach(client: ClientRecord, signIn: SignInRecord): SignInRecord {
    this.#state.signIns.set(signIn.id, signIn);
    client.signInId = signIn.id;
    client.updatedAt = this.#options.now();
    return signIn;
  }

  #findSignIn(client: ClientRecord, signInId: string): SignInRecord {
    const signIn = this.#state.signIns.get(signInId);
    if (!signIn || signIn.clientId !== client.id) throw fapiErrors.signInNotFound(signInId);
    if (this.#options.now() >= signIn.abandonAt) {
      // Abandoned: Clerk no longer returns it, and the client forgets it.
      if (client.signInId === signIn.id) client.signInId = null;
      throw fapiErrors.signInNotFound(signInId);
    }
    return signIn;
  }

  #userOf(signIn: SignInRecord): UserRecord {
    const user = signIn.userId ? this.#state.users.get(signIn.userId) : undefined;
    if (!user) throw fapiErrors.signInStateInvalid('this step before identifying the user');
    return user;
  }

  /** The entry of `supported_second_factors` for `strategy`, or `strategy_for_user_invalid`. */
  #offeredFactor(
    signIn: SignInRecord,
    user: UserRecord,
    strategy: string,
  ): Record<string, unknown> {
    const factor = offeredSecondFactors(signIn, user)?.find(
      (offered) => offered.strategy === strategy,
    );
    if (!factor) throw fapiErrors.strategyForUserInvalid();
    return factor;
  }

  #verifyPasswordFactor(signIn: SignInRecord, user: UserRecord, password: string): void {
    const previousAttempts =
      signIn.firstFactorVerification?.strategy === 'password'
        ? signIn.firstFactorVerification.attempts
        : 0;
    const verification: VerificationRecord = {
      strategy: 'password',
      status: 'unverified',
      attempts: previousAttempts + 1,
      expireAt: null,
    };
    signIn.firstFactorVerification = verification;
    if (!verifyPassword(password, user.passwordHash)) {
      throw this.#failedAttempt(user, fapiErrors.formPasswordIncorrect());
    }
    verification.status = 'verified';
    user.failedAttempts = 0;
  }

  #afterFirstFactor(client: ClientRecord, signIn: SignInRecord, user: UserRecord): SignInRecord {
    if (user.mfa) {
      signIn.status = 'needs_second_factor';
    } else if (user.newDeviceCheck && !client.trustedUserIds.has(user.id)) {
      signIn.status = 'needs_client_trust';
    } else {
      this.#complete(client, signIn, user, null);
    }
    client.updatedAt = this.#options.now();
    return signIn;
  }

  #sendCode(
    signIn: SignInRecord,
    user: UserRecord,
    strategy: 'phone_code' | 'email_code',
    previous: VerificationRecord | null,
  ): VerificationRecord {
    const now = this.#options.now();
    if (previous?.sentCode && previous.strategy === strategy) {
      const waitMs = previous.sentCode.sentAt + this.#options.resendCooldownSeconds * 1000 - now;
      if (waitMs > 0) throw fapiErrors.verificationCodeTooManyRequests(Math.ceil(waitMs / 1000));
    }
    const channel = strategy === 'phone_code' ? 'sms' : 'email';
    const code = createVerificationCode();
    const message: OutboxMessage = {
      to: channel === 'sms' ? (user.phoneNumber ?? '') : user.email,
      channel,
      code,
      sentAt: now,
      userEmail: user.email,
      signInId: signIn.id,
      strategy,
    };
    this.#state.outbox.push(message);
    return {
      strategy,
      status: 'unverified',
      attempts: 0,
      expireAt: now + this.#options.codeLifetimeSeconds * 1000,
      sentCode: { code, channel, sentAt: now },
    };
  }

  /** Checks a code sent by prepare; throws Clerk's error for not sent, expired, failed or wrong. */
  #checkSentCode(
    verification: VerificationRecord | null,
    strategy: 'phone_code' | 'email_code',
    user: UserRecord,
    code: string,
  ): void {
    if (!verification?.sentCode || verification.strategy !== strategy)
      throw fapiErrors.verificationNotSent();
    if (verification.status === 'failed') throw fapiErrors.verificationFailed();
    if (
      verification.status === 'expired' ||
      (verification.expireAt !== null && this.#options.now() >= verification.expireAt)
    ) {
      verification.status = 'expired';
      throw fapiErrors.verificationExpired();
    }
    verification.attempts += 1;
    if (code.replace(/\s+/g, '') !== verification.sentCode.code) {
      const tooMany = verification.attempts >= this.#options.codeMaxAttempts;
      if (tooMany) verification.status = 'failed';
      throw this.#failedAttempt(
        user,
        tooMany ? fapiErrors.verificationFailed() : fapiErrors.formCodeIncorrect(),
      );
    }
    verification.status = 'verified';
    user.failedAttempts = 0;
  }

  #useBackupCode(user: UserRecord, code: string, now: number): boolean {
    const wanted = normalizeBackupCode(code);
    const match = user.backupCodes.find(
      (backup) => backup.usedAt === null && normalizeBackupCode(backup.code) === wanted,
    );
    if (!match) return false;
    match.usedAt = now;
    return true;
  }

  #assertNotLocked(user: UserRecord): void {
    if (user.lockedUntil === null) return;
    const remainingMs = user.lockedUntil - this.#options.now();
    if (remainingMs > 0)
      throw fapiErrors.userLocked(remainingMs / 1000, this.#options.supportContact);
    user.lockedUntil = null;
    user.failedAttempts = 0;
  }

  /** Counts a failed attempt toward lockout; returns `user_locked` once the limit is reached, else `error`. */
  #failedAttempt(user: UserRecord, error: FapiError): FapiError {
    const lockout = this.#options.lockout;
    user.failedAttempts += 1;
    if (lockout === false || user.failedAttempts < lockout.maxAttempts) return error;
    user.lockedUntil = this.#options.now() + lockout.durationSeconds * 1000;
    return fapiErrors.userLocked(lockout.durationSeconds, this.#options.supportContact);
  }

  #complete(
    client: ClientRecord,
    signIn: SignInRecord,
    user: UserRecord,
    secondFactorVerifiedAt: number | null,
  ): void {
    const now = this.#options.now();
    const session: SessionRecord = {
      id: createId('sess'),
      clientId: client.id,
      userId: user.id,
      status: 'active',
      createdAt: now,
      updatedAt: now,
      lastActiveAt: now,
      expireAt: now + SESSION_LIFETIME_MS,
      abandonAt: now + SESSION_ABANDON_MS,
      firstFactorVerifiedAt: now,
      secondFactorVerifiedAt,
    };
    this.#state.sessions.set(session.id, session);
    client.sessionIds.push(session.id);
    client.lastActiveSessionId = session.id;
    client.lastAuthenticationStrategy = 'password';
    client.updatedAt = now;
    signIn.status = 'complete';
    signIn.createdSessionId = session.id;
    user.lastSignInAt = now;
    user.lastActiveAt = now;
    user.updatedAt = now;
  }
}
