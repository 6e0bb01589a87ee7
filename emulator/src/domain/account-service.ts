import { fapiErrors } from './errors.js';
import { hasPrimarySecondFactor, isVerified, secondFactorPhoneNumbers } from './factors.js';
import { createId } from '../ids.js';
import type { InstanceSettingsHolder } from './instance-settings.js';
import type { Client, PendingTotp, Session, User, UserPhoneNumber } from './model.js';
import { createBackupCodes } from './one-time-codes.js';
import type { SentCodes } from './sent-codes.js';
import type { SessionService } from './session-service.js';
import type { EmulatorStore } from './store.js';
import { createTotpSecret, isTotpCodeValid } from './totp.js';

/** The signed-in user a `/v1/me…` request acts for, and the session it comes with. */
export interface SignedIn {
  readonly session: Session;
  readonly user: User;
}

/** A change that enrolled the user's first second factor also made backup codes, shown once. */
export interface WithNewBackupCodes<T> {
  readonly resource: T;
  /** The new backup codes, when this change made them; null otherwise. */
  readonly backupCodes: readonly string[] | null;
}

/** `PATCH /v1/me/phone_numbers/{id}`: what to change; absent fields stay as they are. */
export interface UpdatePhoneNumberCommand {
  readonly reservedForSecondFactor?: boolean;
  readonly defaultSecondFactor?: boolean;
}

/** Phone numbers a user may hold, so that memory stays bounded whatever a page sends. */
export const MAX_PHONE_NUMBERS_PER_USER = 10;

/** E.164: a plus, a country code and up to 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * What a signed-in user does to their own account through `/v1/me…`: set up and remove an
 * authenticator app, make backup codes, add, verify, reserve and remove phone numbers. The first
 * second factor turns two-step verification on (with backup codes when the instance offers
 * them) and completes the sessions' `setup-mfa` task; removing the last one turns it off,
 * unless the instance requires it. Sensitive changes need a recent verification of the session.
 */
export class AccountService {
  readonly #store: EmulatorStore;
  readonly #sessions: SessionService;
  readonly #sentCodes: SentCodes;
  readonly #instance: InstanceSettingsHolder;
  readonly #now: () => number;

  constructor(deps: {
    store: EmulatorStore;
    sessions: SessionService;
    sentCodes: SentCodes;
    instance: InstanceSettingsHolder;
    now: () => number;
  }) {
    this.#store = deps.store;
    this.#sessions = deps.sessions;
    this.#sentCodes = deps.sentCodes;
    this.#instance = deps.instance;
    this.#now = deps.now;
  }

  /**
   * The signed-in session `sessionId` of the client (clerk-js sends `_clerk_session_id`), or
   * its last active one, with its user; `authentication_invalid` (401) when there is none.
   */
  signedIn(client: Client | undefined, sessionId: string | undefined): SignedIn {
    const id = sessionId ?? client?.lastActiveSessionId ?? undefined;
    const session = id === undefined ? undefined : this.#store.session(id);
    if (!client || !session || session.clientId !== client.id || session.status !== 'active')
      throw fapiErrors.signedInSessionMissing();
    const user = this.#store.user(session.userId);
    if (!user) throw fapiErrors.signedInSessionMissing();
    return { session, user };
  }

  /** `POST /v1/me/totp`: a new secret to enrol in an authenticator app (replaces an unverified one). */
  createTotp({ session, user }: SignedIn): PendingTotp {
    this.#assertAllowed('totp');
    if (user.totpSecret !== null) throw fapiErrors.totpAlreadyEnabled();
    this.assertRecentlyVerified(session, user);
    const pending: PendingTotp = {
      id: createId('totp'),
      secret: createTotpSecret(),
      createdAt: this.#now(),
    };
    user.pendingTotp = pending;
    this.#touch(user);
    return pending;
  }

  /** `POST /v1/me/totp/attempt_verification`: the first code from the app turns it on. */
  verifyTotp({ user }: SignedIn, code: string | undefined): WithNewBackupCodes<PendingTotp> {
    const pending = user.pendingTotp;
    if (!pending) throw fapiErrors.totpNotFound();
    if (!code) throw fapiErrors.formParamMissing('code');
    const now = this.#now();
    if (!isTotpCodeValid(pending.secret, code, now)) throw fapiErrors.formCodeIncorrect();
    user.totpSecret = pending.secret;
    user.totpVerifiedAt = now;
    user.pendingTotp = null;
    return { resource: pending, backupCodes: this.#enrolled(user) };
  }

  /** `DELETE /v1/me/totp`. */
  deleteTotp({ session, user }: SignedIn): void {
    if (user.totpSecret === null && user.pendingTotp === null) throw fapiErrors.totpNotFound();
    this.assertRecentlyVerified(session, user);
    const wasFactor = user.totpSecret !== null;
    if (wasFactor) this.#assertMayRemoveFactor(user, 'totp');
    user.totpSecret = null;
    user.totpVerifiedAt = null;
    user.pendingTotp = null;
    if (wasFactor) this.#factorRemoved(user);
    else this.#touch(user);
  }

  /** `POST /v1/me/backup_codes`: a new set, replacing the old one. */
  createBackupCodes({ session, user }: SignedIn): readonly string[] {
    this.#assertAllowed('backup_code');
    this.assertRecentlyVerified(session, user);
    return this.#newBackupCodes(user);
  }

  /** `POST /v1/me/phone_numbers`: an unverified phone number, to verify by a texted code. */
  createPhoneNumber(
    { session, user }: SignedIn,
    command: { readonly phoneNumber?: string; readonly reservedForSecondFactor?: boolean },
  ): UserPhoneNumber {
    this.#assertAllowed('phone_code');
    const phoneNumber = command.phoneNumber?.trim();
    if (!phoneNumber) throw fapiErrors.formParamMissing('phone_number');
    if (!E164.test(phoneNumber))
      throw fapiErrors.formParamFormatInvalid(
        'phone_number',
        'phone_number must be a valid phone number according to E.164 international standard.',
      );
    if (user.phoneNumbers.some((existing) => existing.phoneNumber === phoneNumber))
      throw fapiErrors.formIdentifierExists('phone_number');
    if (user.phoneNumbers.length >= MAX_PHONE_NUMBERS_PER_USER)
      throw fapiErrors.formParamFormatInvalid(
        'phone_number',
        `A user can have at most ${MAX_PHONE_NUMBERS_PER_USER} phone numbers.`,
      );
    this.assertRecentlyVerified(session, user);
    const now = this.#now();
    const created: UserPhoneNumber = {
      id: createId('idn'),
      phoneNumber,
      verification: null,
      reservedForSecondFactor: command.reservedForSecondFactor ?? false,
      defaultSecondFactor: false,
      createdAt: now,
      updatedAt: now,
    };
    user.phoneNumbers.push(created);
    this.#touch(user);
    return created;
  }

  /** `GET /v1/me/phone_numbers/{id}`; `resource_not_found` for a number the user does not have. */
  phoneNumber({ user }: SignedIn, phoneNumberId: string): UserPhoneNumber {
    const found = user.phoneNumbers.find((phoneNumber) => phoneNumber.id === phoneNumberId);
    if (!found) throw fapiErrors.phoneNumberNotFound(phoneNumberId);
    return found;
  }

  /** `POST …/prepare_verification`: texts a code to the number (to the outbox). */
  preparePhoneVerification(
    signedIn: SignedIn,
    phoneNumberId: string,
    strategy: string | undefined,
  ): UserPhoneNumber {
    const phoneNumber = this.phoneNumber(signedIn, phoneNumberId);
    if (strategy !== undefined && strategy !== 'phone_code')
      throw fapiErrors.verificationStrategyInvalid();
    if (isVerified(phoneNumber)) throw fapiErrors.verificationAlreadyVerified();
    phoneNumber.verification = this.#sentCodes.send(
      {
        user: signedIn.user,
        strategy: 'phone_code',
        to: phoneNumber.phoneNumber,
        signInId: null,
      },
      phoneNumber.verification,
    );
    phoneNumber.updatedAt = this.#now();
    return phoneNumber;
  }

  /** `POST …/attempt_verification`: the texted code verifies the number. */
  attemptPhoneVerification(
    signedIn: SignedIn,
    phoneNumberId: string,
    code: string | undefined,
  ): WithNewBackupCodes<UserPhoneNumber> {
    const phoneNumber = this.phoneNumber(signedIn, phoneNumberId);
    if (isVerified(phoneNumber)) throw fapiErrors.verificationAlreadyVerified();
    if (!code) throw fapiErrors.formParamMissing('code');
    this.#sentCodes.check(phoneNumber.verification, 'phone_code', null, code);
    const { user } = signedIn;
    phoneNumber.updatedAt = this.#now();
    user.primaryPhoneNumberId ??= phoneNumber.id;
    const backupCodes = phoneNumber.reservedForSecondFactor
      ? this.#reserved(user, phoneNumber)
      : null;
    this.#touch(user);
    return { resource: phoneNumber, backupCodes };
  }

  /** `PATCH /v1/me/phone_numbers/{id}`: reserve it for the second step, or make it the default. */
  updatePhoneNumber(
    signedIn: SignedIn,
    phoneNumberId: string,
    command: UpdatePhoneNumberCommand,
  ): WithNewBackupCodes<UserPhoneNumber> {
    const phoneNumber = this.phoneNumber(signedIn, phoneNumberId);
    const { session, user } = signedIn;
    const { reservedForSecondFactor, defaultSecondFactor } = command;
    if (reservedForSecondFactor === undefined && defaultSecondFactor === undefined)
      return { resource: phoneNumber, backupCodes: null };
    if (!isVerified(phoneNumber)) throw fapiErrors.identificationUpdateSecondFactorUnverified();
    if (defaultSecondFactor === false && phoneNumber.defaultSecondFactor)
      throw fapiErrors.formDisableDefaultSecondFactorNotAllowed();
    this.#assertAllowed('phone_code');
    this.assertRecentlyVerified(session, user);
    let backupCodes: readonly string[] | null = null;
    if (reservedForSecondFactor === false && phoneNumber.reservedForSecondFactor) {
      this.#assertMayRemoveFactor(user, phoneNumber.id);
      this.#unreserve(user, phoneNumber);
    } else if (
      (reservedForSecondFactor === true || defaultSecondFactor === true) &&
      !phoneNumber.reservedForSecondFactor
    ) {
      phoneNumber.reservedForSecondFactor = true;
      backupCodes = this.#reserved(user, phoneNumber);
    }
    if (defaultSecondFactor === true && phoneNumber.reservedForSecondFactor) {
      for (const other of user.phoneNumbers) other.defaultSecondFactor = other === phoneNumber;
    }
    phoneNumber.updatedAt = this.#now();
    this.#touch(user);
    return { resource: phoneNumber, backupCodes };
  }

  /** `DELETE /v1/me/phone_numbers/{id}`. */
  deletePhoneNumber(signedIn: SignedIn, phoneNumberId: string): void {
    const phoneNumber = this.phoneNumber(signedIn, phoneNumberId);
    const { session, user } = signedIn;
    this.assertRecentlyVerified(session, user);
    const wasFactor = phoneNumber.reservedForSecondFactor && isVerified(phoneNumber);
    if (wasFactor) this.#assertMayRemoveFactor(user, phoneNumber.id);
    user.phoneNumbers.splice(user.phoneNumbers.indexOf(phoneNumber), 1);
    if (wasFactor) this.#unreserve(user, phoneNumber);
    if (user.primaryPhoneNumberId === phoneNumber.id)
      user.primaryPhoneNumberId = user.phoneNumbers.find(isVerified)?.id ?? null;
    this.#touch(user);
  }

  /**
   * Throws `session_reverification_required` when the session's last verification is older
   * than the instance's window: of the second factor when one was verified in this session,
   * else of the first (as Clerk's `second_factor` level falls back for users without one).
   */
  assertRecentlyVerified(session: Session, user: User): void {
    const windowMinutes = this.#instance.current.reverificationMinutes;
    if (windowMinutes === false) return;
    const lastVerifiedAt =
      session.secondFactorVerifiedAt !== null && hasPrimarySecondFactor(user)
        ? session.secondFactorVerifiedAt
        : session.firstFactorVerifiedAt;
    if (this.#now() - lastVerifiedAt < windowMinutes * 60_000) return;
    throw fapiErrors.sessionReverificationRequired('second_factor', windowMinutes);
  }

  #assertAllowed(strategy: 'totp' | 'phone_code' | 'backup_code'): void {
    if (!this.#instance.allows(strategy)) throw fapiErrors.secondFactorNotEnabled(strategy);
  }

  /**
   * Refuses to remove `factor` (`totp` or a phone number id) when it is the user's last second
   * factor and the instance requires one.
   */
  #assertMayRemoveFactor(user: User, factor: string): void {
    if (!this.#instance.current.mfaRequired) return;
    const remaining = [
      ...(user.totpSecret !== null ? ['totp'] : []),
      ...secondFactorPhoneNumbers(user).map((phoneNumber) => phoneNumber.id),
    ].filter((kept) => kept !== factor);
    if (remaining.length === 0) throw fapiErrors.secondFactorDeletionNotAllowed();
  }

  /** A verified phone number now reserved for the second step: the default if none is. */
  #reserved(user: User, phoneNumber: UserPhoneNumber): readonly string[] | null {
    if (!user.phoneNumbers.some((other) => other.defaultSecondFactor && other !== phoneNumber))
      phoneNumber.defaultSecondFactor = true;
    return this.#enrolled(user);
  }

  /** A phone number reserved for the second step no longer is (or is gone): the next one becomes the default. */
  #unreserve(user: User, phoneNumber: UserPhoneNumber): void {
    const wasDefault = phoneNumber.defaultSecondFactor;
    phoneNumber.reservedForSecondFactor = false;
    phoneNumber.defaultSecondFactor = false;
    if (wasDefault) {
      const next = secondFactorPhoneNumbers(user)[0];
      if (next) next.defaultSecondFactor = true;
    }
    this.#factorRemoved(user);
  }

  /**
   * The user has a second factor: two-step verification is on, the `setup-mfa` task of their
   * sessions is done, and the first factor also brings backup codes (returned once).
   */
  #enrolled(user: User): readonly string[] | null {
    const now = this.#now();
    if (!user.mfa) {
      user.mfa = true;
      user.mfaEnabledAt = now;
    }
    this.#touch(user);
    this.#sessions.completeSetupMfa(user);
    if (!this.#instance.allows('backup_code') || user.backupCodes.length > 0) return null;
    return this.#newBackupCodes(user);
  }

  /**
   * After an authenticator app or a reserved phone number went: without any left, two-step
   * verification is off and backup codes go.
   */
  #factorRemoved(user: User): void {
    this.#touch(user);
    if (hasPrimarySecondFactor(user) || !user.mfa) return;
    user.mfa = false;
    user.mfaEnabledAt = null;
    user.mfaDisabledAt = this.#now();
    user.backupCodes = [];
    user.backupCodesCreatedAt = null;
  }

  #newBackupCodes(user: User): readonly string[] {
    const codes = createBackupCodes();
    user.backupCodes = codes.map((code) => ({ code, usedAt: null }));
    user.backupCodesCreatedAt = this.#now();
    this.#touch(user);
    return codes;
  }

  #touch(user: User): void {
    user.updatedAt = this.#now();
  }
}
