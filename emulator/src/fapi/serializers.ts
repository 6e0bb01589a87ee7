import { randomBytes } from 'node:crypto';
import type { FapiError } from '../domain/errors.js';
import {
  firstFactorsOf,
  hasSecondFactor,
  offeredSecondFactors,
  secondFactorsOf,
} from '../domain/factors.js';
import type {
  Client,
  FirstFactor,
  OfferedSecondFactor,
  ResetPasswordStrategy,
  PendingTotp,
  Session,
  SessionReverification,
  SignIn,
  User,
  UserPhoneNumber,
  Verification,
} from '../domain/model.js';
import { totpUri } from '../domain/totp.js';
import type { EmulatorStore } from '../domain/store.js';

/** A Frontend API JSON object. */
export type FapiJson = Record<string, unknown>;

/**
 * Turns the emulator's domain objects into Frontend API JSON (snake_case, epoch-ms
 * timestamps), in the shapes of Clerk's OpenAPI spec and the way clerk-js 6 reads them.
 * With `environment.ts`, the only code that knows Clerk's JSON.
 */
export class FapiSerializer {
  readonly #store: EmulatorStore;
  /** Produces the `last_active_token` JWT of an active session. */
  readonly #tokenFor: (session: Session) => string;
  /** The instance's password-reset strategies, listed in a sign-in's first factors. */
  readonly #resetPasswordStrategies: readonly ResetPasswordStrategy[];

  constructor(
    store: EmulatorStore,
    tokenFor: (session: Session) => string,
    resetPasswordStrategies: readonly ResetPasswordStrategy[],
  ) {
    this.#store = store;
    this.#tokenFor = tokenFor;
    this.#resetPasswordStrategies = resetPasswordStrategies;
  }

  /** `{ response, client }`: what every client-scoped endpoint answers. */
  envelope(response: FapiJson | null, client: Client | undefined): FapiJson {
    return { response, client: client ? this.client(client) : null };
  }

  /** `{ response: client, client: null }`: how the `/v1/client` endpoints answer the client itself. */
  clientResource(client: Client | undefined): FapiJson {
    return { response: client ? this.client(client) : null, client: null };
  }

  /** The dev-browser handshake's answer: the token that names the browser's client. */
  devBrowser(token: string): FapiJson {
    return { object: 'dev_browser', id: token };
  }

  /**
   * Clerk's error body, `{ errors: [{ code, message, long_message, meta }], meta?, clerk_trace_id }`,
   * with the client in `meta.client` for the errors that carry it.
   */
  error(error: FapiError, client?: Client): FapiJson {
    const body: FapiJson = errorBody(error);
    if (error.includeClient && client !== undefined)
      body.meta = { ...error.bodyMeta, client: this.client(client) };
    return body;
  }

  client(client: Client): FapiJson {
    const signIn = client.signInId ? this.#store.signIn(client.signInId) : undefined;
    return {
      object: 'client',
      id: client.id,
      sessions: this.#store.activeSessionsOf(client).map((session) => this.session(session)),
      sign_in: signIn && signIn.status !== 'complete' ? this.signIn(signIn) : null,
      sign_up: null,
      last_active_session_id: client.lastActiveSessionId,
      last_authentication_strategy: client.lastAuthenticationStrategy,
      // null keeps clerk-js from redirecting through /v1/client/touch to refresh the cookie.
      cookie_expires_at: null,
      captcha_bypass: false,
      created_at: client.createdAt,
      updated_at: client.updatedAt,
    };
  }

  signIn(signIn: SignIn): FapiJson {
    const user = this.#store.user(signIn.userId);
    return {
      object: 'sign_in_attempt',
      id: signIn.id,
      status: signIn.status,
      supported_identifiers: ['email_address'],
      supported_first_factors: user
        ? firstFactorsOf(user, this.#resetPasswordStrategies).map(firstFactor)
        : [],
      supported_second_factors: user
        ? (offeredSecondFactors(signIn, user)?.map(secondFactor) ?? null)
        : null,
      first_factor_verification: verification(signIn.firstFactorVerification),
      second_factor_verification: verification(signIn.secondFactorVerification),
      identifier: signIn.identifier,
      user_data: user
        ? {
            first_name: user.firstName,
            last_name: user.lastName,
            image_url: imageUrl(user),
            has_image: false,
          }
        : null,
      created_session_id: signIn.createdSessionId,
      abandon_at: signIn.abandonAt,
    };
  }

  session(session: Session): FapiJson {
    const user = this.#store.user(session.userId);
    if (!user) throw new Error(`Session ${session.id} refers to a missing user`);
    return {
      object: 'session',
      id: session.id,
      status: sessionStatusOf(session),
      tasks: sessionStatusOf(session) === 'pending' ? session.tasks.map((key) => ({ key })) : null,
      expire_at: session.expireAt,
      abandon_at: session.abandonAt,
      last_active_at: session.lastActiveAt,
      // Pending sessions have tokens too (their `sts` claim says `pending`).
      last_active_token: session.status === 'active' ? this.token(session) : null,
      last_active_organization_id: null,
      actor: null,
      user: this.user(user),
      public_user_data: publicUserData(user),
      factor_verification_age: factorVerificationAge(session, session.updatedAt),
      created_at: session.createdAt,
      updated_at: session.updatedAt,
    };
  }

  /** A fresh session token, as `POST …/tokens` answers it. */
  token(session: Session): FapiJson {
    return { object: 'token', jwt: this.#tokenFor(session) };
  }

  user(user: User): FapiJson {
    const verified = {
      object: 'verification_otp',
      status: 'verified',
      strategy: 'email_code',
      attempts: 1,
      expire_at: user.createdAt,
    };
    return {
      object: 'user',
      id: user.id,
      username: null,
      first_name: user.firstName,
      last_name: user.lastName,
      image_url: imageUrl(user),
      has_image: false,
      primary_email_address_id: user.emailAddressId,
      primary_phone_number_id: user.primaryPhoneNumberId,
      primary_web3_wallet_id: null,
      password_enabled: true,
      two_factor_enabled: user.mfa,
      totp_enabled: hasSecondFactor(user, 'totp'),
      backup_code_enabled: hasSecondFactor(user, 'backup_code'),
      email_addresses: [
        {
          object: 'email_address',
          id: user.emailAddressId,
          email_address: user.email,
          reserved: false,
          verification: verified,
          linked_to: [],
          created_at: user.createdAt,
          updated_at: user.createdAt,
        },
      ],
      phone_numbers: user.phoneNumbers.map((phoneNumber) => this.phoneNumber(user, phoneNumber)),
      web3_wallets: [],
      passkeys: [],
      organization_memberships: [],
      external_accounts: [],
      saml_accounts: [],
      enterprise_accounts: [],
      password_last_updated_at: user.passwordUpdatedAt,
      public_metadata: {},
      private_metadata: {},
      unsafe_metadata: {},
      external_id: null,
      last_sign_in_at: user.lastSignInAt,
      banned: false,
      locked: user.lockedUntil !== null,
      lockout_expires_in_seconds: null,
      verification_attempts_remaining: null,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
      delete_self_enabled: false,
      create_organization_enabled: false,
      last_active_at: user.lastActiveAt,
      mfa_enabled_at: user.mfaEnabledAt,
      mfa_disabled_at: user.mfaDisabledAt,
      legal_accepted_at: null,
    };
  }

  /**
   * A phone number of the user; `backupCodes` are the codes its reservation for the second step
   * just made (Clerk shows them once, in that answer).
   */
  phoneNumber(
    user: User,
    phoneNumber: UserPhoneNumber,
    backupCodes: readonly string[] | null = null,
  ): FapiJson {
    return {
      object: 'phone_number',
      id: phoneNumber.id,
      phone_number: phoneNumber.phoneNumber,
      reserved_for_second_factor: phoneNumber.reservedForSecondFactor && user.mfa,
      default_second_factor: phoneNumber.defaultSecondFactor && user.mfa,
      reserved: false,
      verification: verification(phoneNumber.verification),
      linked_to: [],
      ...(backupCodes ? { backup_codes: [...backupCodes] } : {}),
      created_at: phoneNumber.createdAt,
      updated_at: phoneNumber.updatedAt,
    };
  }

  /**
   * An authenticator app being set up: the secret and `otpauth://` URI until it is verified;
   * once verified, no secret but the backup codes its verification made, if any.
   */
  totp(
    user: User,
    totp: PendingTotp,
    state: { readonly verified: boolean; readonly backupCodes: readonly string[] | null },
  ): FapiJson {
    return {
      object: 'totp',
      id: totp.id,
      secret: state.verified ? null : totp.secret,
      uri: state.verified ? null : totpUri(totp.secret, user.email),
      verified: state.verified,
      backup_codes: state.backupCodes ? [...state.backupCodes] : null,
      created_at: totp.createdAt,
      updated_at: user.updatedAt,
    };
  }

  /** A new set of backup codes (`POST /v1/me/backup_codes`). */
  backupCodes(user: User, codes: readonly string[]): FapiJson {
    const createdAt = user.backupCodesCreatedAt ?? user.updatedAt;
    return {
      object: 'backup_code',
      id: `bc_${user.id.replace(/^user_/, '')}`,
      codes: [...codes],
      created_at: createdAt,
      updated_at: createdAt,
    };
  }

  /** A session's reverification, with the factors the user can prove and the session itself. */
  sessionReverification(session: Session, reverification: SessionReverification): FapiJson {
    const user = this.#store.user(session.userId);
    if (!user) throw new Error(`Session ${session.id} refers to a missing user`);
    const secondFactors = secondFactorsOf(user);
    return {
      object: 'session_reverification',
      level: reverification.level,
      status: reverification.status,
      supported_first_factors: firstFactorsOf(user, []).map(firstFactor),
      supported_second_factors: secondFactors.length > 0 ? secondFactors.map(secondFactor) : null,
      first_factor_verification: verification(reverification.firstFactorVerification),
      second_factor_verification: verification(reverification.secondFactorVerification),
      session: this.session(session),
    };
  }

  /** What a `DELETE` answers: `{ object, id?, deleted: true }`. */
  deletedObject(object: string, id?: string): FapiJson {
    return { object, ...(id !== undefined ? { id } : {}), deleted: true };
  }
}

/**
 * The session's status as the Frontend API (and the token's `sts` claim) states it: a live
 * session with a task left is `pending`.
 */
export function sessionStatusOf(session: Session): string {
  return session.status === 'active' && session.tasks.length > 0 ? 'pending' : session.status;
}

/** `fva`: whole minutes since each factor was verified, -1 for a factor never verified. */
export function factorVerificationAge(session: Session, nowMs: number): [number, number] {
  const minutesSince = (at: number) => Math.max(0, Math.floor((nowMs - at) / 60_000));
  return [
    minutesSince(session.firstFactorVerifiedAt),
    session.secondFactorVerifiedAt === null ? -1 : minutesSince(session.secondFactorVerifiedAt),
  ];
}

function firstFactor(factor: FirstFactor): FapiJson {
  switch (factor.strategy) {
    case 'password':
      return { strategy: 'password' };
    case 'reset_password_phone_code':
      return {
        strategy: factor.strategy,
        phone_number_id: factor.phoneNumberId,
        safe_identifier: maskPhone(factor.phoneNumber),
        primary: true,
      };
    default:
      return {
        strategy: factor.strategy,
        email_address_id: factor.emailAddressId,
        safe_identifier: factor.emailAddress,
        primary: true,
      };
  }
}

function secondFactor(factor: OfferedSecondFactor): FapiJson {
  switch (factor.strategy) {
    case 'phone_code':
      return {
        strategy: 'phone_code',
        phone_number_id: factor.phoneNumberId,
        safe_identifier: maskPhone(factor.phoneNumber),
        default: factor.isDefault,
      };
    case 'email_code':
      return {
        strategy: 'email_code',
        email_address_id: factor.emailAddressId,
        safe_identifier: maskEmail(factor.emailAddress),
      };
    default:
      return { strategy: factor.strategy };
  }
}

const VERIFICATION_OBJECTS: Record<Verification['strategy'], string> = {
  password: 'verification_password',
  email_code: 'verification_otp',
  phone_code: 'verification_otp',
  totp: 'verification_totp',
  backup_code: 'verification_backup_code',
  reset_password_email_code: 'verification_otp',
  reset_password_phone_code: 'verification_otp',
};

function verification(record: Verification | null): FapiJson | null {
  if (!record) return null;
  return {
    object: VERIFICATION_OBJECTS[record.strategy],
    status: record.status,
    strategy: record.strategy,
    attempts: record.attempts,
    expire_at: record.expireAt,
    ...(record.sentCode ? { channel: record.sentCode.channel } : {}),
  };
}

function publicUserData(user: User): FapiJson {
  return {
    first_name: user.firstName,
    last_name: user.lastName,
    image_url: imageUrl(user),
    has_image: false,
    identifier: user.email,
    user_id: user.id,
  };
}

/** A data URL placeholder so clerk-js never reaches for a remote avatar. */
function imageUrl(user: User): string {
  const initials =
    `${user.firstName?.[0] ?? ''}${user.lastName?.[0] ?? ''}` || user.email[0].toUpperCase();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#6c47ff"/><text x="32" y="40" font-family="sans-serif" font-size="24" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** `+15555550100` → `+1*******0100`, the way Clerk shows a phone number it texts. */
export function maskPhone(phoneNumber: string): string {
  const visibleEnd = phoneNumber.slice(-4);
  const visibleStart = phoneNumber.slice(0, 2);
  return `${visibleStart}${'*'.repeat(Math.max(0, phoneNumber.length - 6))}${visibleEnd}`;
}

/** `new-device@example.com` → `n*********@example.com`. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local[0] ?? ''}${'*'.repeat(Math.max(1, local.length - 1))}@${domain}`;
}

/** The error body without a client: also what a fault or the error boundary answers. */
export function errorBody(error: FapiError): FapiJson {
  return {
    errors: [error, ...error.followedBy].map((each) => ({
      code: each.code,
      message: each.message,
      long_message: each.longMessage,
      meta: each.errorMeta,
    })),
    ...(Object.keys(error.bodyMeta).length > 0 ? { meta: error.bodyMeta } : {}),
    clerk_trace_id: randomBytes(16).toString('hex'),
  };
}

/** What a response that breaks the spec is replaced with (see `validateResponse`). */
export function specViolationBody(violations: readonly string[]): FapiJson {
  return {
    errors: [
      {
        code: 'emulator_spec_violation',
        message: 'Response violates the FAPI spec',
        long_message: violations.join('\n'),
      },
    ],
  };
}
