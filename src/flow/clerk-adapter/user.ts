/**
 * The calls of setting up and managing second factors: the authenticator app, phone
 * numbers reserved for SMS codes, backup codes, and the session's reverification that
 * Clerk may ask for first. Each reads the user from Clerk at the time of the call
 * (clerk-js replaces it after every answer) and returns a result, never throwing.
 */
import { noAnswer, settle, type ClerkResult } from './results.js';
import type {
  MfaClerkLike,
  MfaUserLike,
  PhoneNumberLike,
  SessionVerificationLike,
  VerificationFactorLike,
} from './user-types.js';

/** The second factors the instance lets users set up. */
export interface AllowedFactors {
  readonly totp: boolean;
  readonly phoneCode: boolean;
  readonly backupCode: boolean;
}

/** The instance's second factors, from the environment clerk-js loaded. */
export function allowedFactorsOf(clerk: MfaClerkLike): AllowedFactors {
  const attributes = clerk.__internal_environment?.userSettings?.attributes ?? {};
  const secondFactor = (name: string, strategy: string) => {
    const attribute = attributes[name];
    return (
      attribute?.enabled === true &&
      attribute.used_for_second_factor === true &&
      (attribute.second_factors ?? [strategy]).includes(strategy)
    );
  };
  return {
    totp: secondFactor('authenticator_app', 'totp'),
    phoneCode: secondFactor('phone_number', 'phone_code'),
    backupCode: attributes.backup_code?.enabled === true,
  };
}

/** A phone number reserved for SMS codes, as the list of second factors shows it. */
export interface SecondFactorPhone {
  readonly id: string;
  readonly phoneNumber: string;
  readonly isDefault: boolean;
}

/** The second factors the user has. */
export interface UserFactors {
  readonly totp: boolean;
  readonly backupCode: boolean;
  readonly phones: readonly SecondFactorPhone[];
}

/** The user's second factors, or null when nobody is signed in. */
export function userFactorsOf(clerk: MfaClerkLike): UserFactors | null {
  const user = clerk.user;
  if (!user) return null;
  return {
    totp: user.totpEnabled,
    backupCode: user.backupCodeEnabled,
    phones: user.phoneNumbers
      .filter((phone) => phone.reservedForSecondFactor)
      .map((phone) => ({
        id: phone.id,
        phoneNumber: phone.phoneNumber,
        isDefault: phone.defaultSecondFactor,
      })),
  };
}

/** What a new authenticator-app enrolment shows: the QR code's URI and the key. */
export interface TotpEnrolment {
  readonly secret: string;
  readonly uri: string;
}

/** Starts adding an authenticator app: Clerk makes its key. */
export function createTotp(clerk: MfaClerkLike): Promise<ClerkResult<TotpEnrolment>> {
  return withUser<TotpEnrolment>(clerk, async (user) => {
    const result = await settle(user.createTOTP());
    if (!result.ok) return result;
    const { secret, uri } = result.value;
    return secret && uri ? { ok: true, value: { secret, uri } } : noAnswer;
  });
}

/** Finishes adding the authenticator app with a code from it; resolves the backup codes Clerk made, if any. */
export function verifyTotp(
  clerk: MfaClerkLike,
  code: string,
): Promise<ClerkResult<readonly string[] | null>> {
  return withUser<readonly string[] | null>(clerk, async (user) => {
    const result = await settle(user.verifyTOTP({ code }));
    if (!result.ok) return result;
    if (!result.value.verified) return noAnswer;
    const codes = result.value.backupCodes;
    return { ok: true, value: codes && codes.length > 0 ? codes : null };
  });
}

export function disableTotp(clerk: MfaClerkLike): Promise<ClerkResult<void>> {
  return withUser(clerk, async (user) => {
    const result = await settle(user.disableTOTP());
    return result.ok ? { ok: true, value: undefined } : result;
  });
}

/** Makes a new set of backup codes; the ones before stop working. */
export function createBackupCodes(clerk: MfaClerkLike): Promise<ClerkResult<readonly string[]>> {
  return withUser(clerk, async (user) => {
    const result = await settle(user.createBackupCode());
    return result.ok ? { ok: true, value: result.value.codes } : result;
  });
}

/**
 * Adds `phoneNumber` to the user (or takes the one the user has already) and sends it a
 * verification code. Resolves the phone number's id.
 */
export function addPhoneNumber(
  clerk: MfaClerkLike,
  phoneNumber: string,
): Promise<ClerkResult<string>> {
  return withUser(clerk, async (user) => {
    let phone = user.phoneNumbers.find((known) => samePhoneNumber(known.phoneNumber, phoneNumber));
    if (!phone) {
      const created = await settle(user.createPhoneNumber({ phoneNumber }));
      if (!created.ok) return created;
      phone = created.value;
    }
    if (phone.verification?.status !== 'verified') {
      const sent = await settle(phone.prepareVerification());
      if (!sent.ok) return sent;
    }
    return { ok: true, value: phone.id };
  });
}

/** Sends the phone number's verification code again. */
export function resendPhoneCode(clerk: MfaClerkLike, phoneId: string): Promise<ClerkResult<void>> {
  return withPhone(clerk, phoneId, async (phone) => {
    const result = await settle(phone.prepareVerification());
    return result.ok ? { ok: true, value: undefined } : result;
  });
}

/**
 * Verifies the phone number with its code (unless it is verified already), reserves it
 * for SMS codes, and makes it the default second factor when the user has none.
 */
export function verifyPhoneNumber(
  clerk: MfaClerkLike,
  phoneId: string,
  code: string,
): Promise<ClerkResult<void>> {
  return withPhone(clerk, phoneId, async (phone) => {
    let current: PhoneNumberLike = phone;
    if (current.verification?.status !== 'verified') {
      const verified = await settle(current.attemptVerification({ code }));
      if (!verified.ok) return verified;
      current = verified.value;
    }
    const reserved = await settle(current.setReservedForSecondFactor({ reserved: true }));
    if (!reserved.ok) return reserved;
    const others = clerk.user?.phoneNumbers.filter((other) => other.id !== phoneId) ?? [];
    if (!others.some((other) => other.defaultSecondFactor)) {
      const defaulted = await settle(reserved.value.makeDefaultSecondFactor());
      if (!defaulted.ok) return defaulted;
    }
    return { ok: true, value: undefined };
  });
}

export function makePhoneNumberDefault(
  clerk: MfaClerkLike,
  phoneId: string,
): Promise<ClerkResult<void>> {
  return withPhone(clerk, phoneId, async (phone) => {
    const result = await settle(phone.makeDefaultSecondFactor());
    return result.ok ? { ok: true, value: undefined } : result;
  });
}

/** Removes the phone number from the account, and with it its SMS codes. */
export function removePhoneNumber(
  clerk: MfaClerkLike,
  phoneId: string,
): Promise<ClerkResult<void>> {
  return withPhone(clerk, phoneId, (phone) => settle(phone.destroy()));
}

/** Starts the reverification Clerk asked for; resolves what it needs next. */
export function startReverification(
  clerk: MfaClerkLike,
): Promise<ClerkResult<SessionVerificationLike>> {
  const session = clerk.session;
  if (!session) return Promise.resolve(noAnswer);
  return settle(session.startVerification({ level: 'multi_factor' }));
}

/** Sends the SMS code of a reverification's second factor. */
export function sendReverificationCode(
  clerk: MfaClerkLike,
  factor: VerificationFactorLike,
): Promise<ClerkResult<SessionVerificationLike>> {
  const session = clerk.session;
  if (!session) return Promise.resolve(noAnswer);
  return settle(
    session.prepareSecondFactorVerification({
      strategy: 'phone_code',
      ...(factor.phoneNumberId ? { phoneNumberId: factor.phoneNumberId } : {}),
    }),
  );
}

/** Answers a reverification with the password (first factor) or a code (second factor). */
export function attemptReverification(
  clerk: MfaClerkLike,
  attempt:
    | { readonly strategy: 'password'; readonly password: string }
    | { readonly strategy: 'totp' | 'phone_code' | 'backup_code'; readonly code: string },
): Promise<ClerkResult<SessionVerificationLike>> {
  const session = clerk.session;
  if (!session) return Promise.resolve(noAnswer);
  return settle(
    attempt.strategy === 'password'
      ? session.attemptFirstFactorVerification({ strategy: 'password', password: attempt.password })
      : session.attemptSecondFactorVerification({ strategy: attempt.strategy, code: attempt.code }),
  );
}

function withUser<Value>(
  clerk: MfaClerkLike,
  call: (user: MfaUserLike) => Promise<ClerkResult<Value>>,
): Promise<ClerkResult<Value>> {
  const user = clerk.user;
  return user ? call(user) : Promise.resolve({ ok: false, failure: { kind: 'unknown' } });
}

function withPhone<Value>(
  clerk: MfaClerkLike,
  phoneId: string,
  call: (phone: PhoneNumberLike) => Promise<ClerkResult<Value>>,
): Promise<ClerkResult<Value>> {
  return withUser(clerk, (user) => {
    const phone = user.phoneNumbers.find((known) => known.id === phoneId);
    return phone
      ? call(phone)
      : Promise.resolve({ ok: false, failure: { kind: 'api', code: 'resource_not_found' } });
  });
}

/** Whether two phone numbers are the same, whatever spaces, dashes or brackets they are written with. */
function samePhoneNumber(known: string, typed: string): boolean {
  const digits = (text: string) => text.replace(/[^\d+]/g, '');
  return digits(known) === digits(typed);
}
