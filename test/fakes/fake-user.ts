/**
 * A fake signed-in user for the setup flow's unit and element tests: implements
 * `MfaUserLike` (authenticator app, phone numbers, backup codes) and a session with
 * reverification, records every call, and can be told that a call needs a recent
 * reverification first, or fails with a Clerk error, as clerk-js would throw it.
 *
 *     const user = new FakeMfaUser();
 *     const clerk = fakeClerkWithUser(user, { totp: true, phoneCode: true, backupCode: true });
 *     user.requireReverification('createTOTP');
 *     user.failNext('verifyTOTP', fakeApiError('form_code_incorrect'));
 *     user.callsTo('createTOTP') // → [{ method, params }]
 */
import type {
  AllowedFactors,
  MfaUserLike,
  PhoneNumberLike,
  SessionVerificationLike,
  TotpLike,
  VerifiableSessionLike,
} from '../../src/flow/clerk-adapter/index.js';
import { FakeClerk, fakeApiError } from './fake-clerk.js';

/** The authenticator app's key and URI the fake hands out; a test checks they never leak. */
export const fakeTotpSecret = 'JBSWY3DPEHPK3PXPFAKESECRET';
export const fakeTotpUri = `otpauth://totp/Fake:ada%40example.com?secret=${fakeTotpSecret}&issuer=Fake`;
/** The one code the fake accepts (authenticator app, SMS and reverification alike). */
export const fakeValidCode = '246810';
export const fakePassword = 'correct-horse-battery';
/** The backup codes the fake makes, numbered by how many sets it made before. */
export function fakeBackupCodes(set: number): string[] {
  return Array.from({ length: 10 }, (_, index) => `fake${set}code${index}`);
}

export type FakeUserMethod =
  | 'createTOTP'
  | 'verifyTOTP'
  | 'disableTOTP'
  | 'createBackupCode'
  | 'createPhoneNumber'
  | 'phone.prepareVerification'
  | 'phone.attemptVerification'
  | 'phone.setReservedForSecondFactor'
  | 'phone.makeDefaultSecondFactor'
  | 'phone.destroy'
  | 'session.startVerification'
  | 'session.attemptFirstFactorVerification'
  | 'session.prepareSecondFactorVerification'
  | 'session.attemptSecondFactorVerification';

export interface FakeUserCall {
  readonly method: FakeUserMethod;
  readonly params: unknown;
}

export class FakeMfaUser implements MfaUserLike {
  readonly id = 'user_fake_nomfa';
  readonly fullName = 'Noor Mfa';
  readonly primaryEmailAddress = { emailAddress: 'nomfa@example.com' };
  totpEnabled = false;
  backupCodeEnabled = false;
  readonly passwordEnabled = true;
  phoneNumbers: FakePhoneNumber[] = [];
  readonly calls: FakeUserCall[] = [];
  /** Set by a satisfied reverification; cleared by `requireReverification`. */
  recentlyVerified = true;
  private readonly failures = new Map<FakeUserMethod, Error[]>();
  private readonly reverified = new Set<FakeUserMethod>();
  private backupCodeSets = 0;

  /** Makes `method` throw `session_reverification_required` until a reverification is done. */
  requireReverification(method: FakeUserMethod): this {
    this.reverified.add(method);
    this.recentlyVerified = false;
    return this;
  }

  /** Makes the next call of `method` throw `error`. */
  failNext(method: FakeUserMethod, error: Error): this {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
    return this;
  }

  callsTo(method: FakeUserMethod): FakeUserCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Records a call and throws what it is scripted to; used by the user, its phones and its session. */
  record(method: FakeUserMethod, params: unknown = undefined): Promise<void> {
    this.calls.push({ method, params });
    const scripted = this.failures.get(method)?.shift();
    if (scripted !== undefined) return Promise.reject(scripted);
    if (this.reverified.has(method) && !this.recentlyVerified) {
      return Promise.reject(fakeApiError('session_reverification_required', { status: 403 }));
    }
    return Promise.resolve();
  }

  async createTOTP(): Promise<TotpLike> {
    await this.record('createTOTP');
    return { secret: fakeTotpSecret, uri: fakeTotpUri, verified: false };
  }

  async verifyTOTP(params: { code: string }): Promise<TotpLike> {
    await this.record('verifyTOTP', params);
    if (params.code !== fakeValidCode)
      throw fakeApiError('form_code_incorrect', { paramName: 'code' });
    this.totpEnabled = true;
    const backupCodes = this.backupCodeEnabled ? undefined : this.makeBackupCodes();
    return { verified: true, ...(backupCodes ? { backupCodes } : {}) };
  }

  async disableTOTP(): Promise<unknown> {
    await this.record('disableTOTP');
    this.totpEnabled = false;
    return { deleted: true };
  }

  async createBackupCode(): Promise<{ codes: readonly string[] }> {
    await this.record('createBackupCode');
    return { codes: this.makeBackupCodes() };
  }

  async createPhoneNumber(params: { phoneNumber: string }): Promise<PhoneNumberLike> {
    await this.record('createPhoneNumber', params);
    const phone = new FakePhoneNumber(
      this,
      `idn_fake_${this.phoneNumbers.length + 1}`,
      params.phoneNumber,
    );
    this.phoneNumbers = [...this.phoneNumbers, phone];
    return phone;
  }

  private makeBackupCodes(): string[] {
    this.backupCodeEnabled = true;
    this.backupCodeSets += 1;
    return fakeBackupCodes(this.backupCodeSets);
  }
}

export class FakePhoneNumber implements PhoneNumberLike {
  reservedForSecondFactor = false;
  defaultSecondFactor = false;
  verification: { status: string } = { status: 'unverified' };

  constructor(
    private readonly user: FakeMfaUser,
    readonly id: string,
    readonly phoneNumber: string,
  ) {}

  async prepareVerification(): Promise<PhoneNumberLike> {
    await this.user.record('phone.prepareVerification', { id: this.id });
    return this;
  }

  async attemptVerification(params: { code: string }): Promise<PhoneNumberLike> {
    await this.user.record('phone.attemptVerification', { id: this.id, ...params });
    if (params.code !== fakeValidCode)
      throw fakeApiError('form_code_incorrect', { paramName: 'code' });
    this.verification = { status: 'verified' };
    return this;
  }

  async setReservedForSecondFactor(params: { reserved: boolean }): Promise<PhoneNumberLike> {
    await this.user.record('phone.setReservedForSecondFactor', { id: this.id, ...params });
    this.reservedForSecondFactor = params.reserved;
    return this;
  }

  async makeDefaultSecondFactor(): Promise<PhoneNumberLike> {
    await this.user.record('phone.makeDefaultSecondFactor', { id: this.id });
    for (const phone of this.user.phoneNumbers) phone.defaultSecondFactor = phone === this;
    return this;
  }

  async destroy(): Promise<void> {
    await this.user.record('phone.destroy', { id: this.id });
    this.user.phoneNumbers = this.user.phoneNumbers.filter((phone) => phone !== this);
  }
}

/** A session whose reverification takes the fake password, then (with an app) its code. */
export class FakeVerifiableSession implements VerifiableSessionLike {
  readonly id = 'sess_fake_setup';
  readonly status = 'active';

  constructor(private readonly user: FakeMfaUser) {}

  async startVerification(params: { level: string }): Promise<SessionVerificationLike> {
    await this.user.record('session.startVerification', params);
    return { status: 'needs_first_factor', supportedFirstFactors: [{ strategy: 'password' }] };
  }

  async prepareFirstFactorVerification(): Promise<SessionVerificationLike> {
    return Promise.reject(new Error('the fake asks for the password only'));
  }

  async attemptFirstFactorVerification(params: {
    strategy: string;
    password?: string;
  }): Promise<SessionVerificationLike> {
    await this.user.record('session.attemptFirstFactorVerification', { strategy: params.strategy });
    if (params.password !== fakePassword) {
      throw fakeApiError('form_password_incorrect', { paramName: 'password' });
    }
    if (this.user.totpEnabled) {
      return { status: 'needs_second_factor', supportedSecondFactors: [{ strategy: 'totp' }] };
    }
    this.user.recentlyVerified = true;
    return { status: 'complete' };
  }

  async prepareSecondFactorVerification(params: unknown): Promise<SessionVerificationLike> {
    await this.user.record('session.prepareSecondFactorVerification', params);
    return { status: 'needs_second_factor', supportedSecondFactors: [{ strategy: 'totp' }] };
  }

  async attemptSecondFactorVerification(params: {
    strategy: string;
    code: string;
  }): Promise<SessionVerificationLike> {
    await this.user.record('session.attemptSecondFactorVerification', {
      strategy: params.strategy,
    });
    if (params.code !== fakeValidCode)
      throw fakeApiError('form_code_incorrect', { paramName: 'code' });
    this.user.recentlyVerified = true;
    return { status: 'complete' };
  }
}

/** A `FakeClerk` signed in as `user`, with an instance that allows `allowed`. */
export function fakeClerkWithUser(user: FakeMfaUser | null, allowed: AllowedFactors): FakeClerk {
  const clerk = new FakeClerk();
  clerk.user = user;
  clerk.userAfterSignIn = user;
  if (user) clerk.session = new FakeVerifiableSession(user);
  const attribute = (enabled: boolean, strategy: string) => ({
    enabled,
    used_for_second_factor: enabled,
    second_factors: enabled ? [strategy] : [],
  });
  const environment = {
    displayConfig: { applicationName: 'Fake App' },
    userSettings: {
      attributes: {
        authenticator_app: attribute(allowed.totp, 'totp'),
        phone_number: attribute(allowed.phoneCode, 'phone_code'),
        backup_code: { enabled: allowed.backupCode },
      },
    },
  };
  clerk.__internal_environment = environment;
  return clerk;
}
