import type {
  ClientRecord,
  EmulatorState,
  SessionRecord,
  SignInRecord,
  UserRecord,
  VerificationRecord,
} from './state.js';

/**
 * Turns the emulator's records into Frontend API JSON (snake_case, epoch-ms
 * timestamps), in the shapes of Clerk's OpenAPI spec and the way clerk-js 6
 * reads them.
 */
export class FapiSerializer {
  readonly #state: EmulatorState;
  /** Produces the `last_active_token` JWT of an active session. */
  readonly #tokenFor: (session: SessionRecord) => string;

  constructor(state: EmulatorState, tokenFor: (session: SessionRecord) => string) {
    this.#state = state;
    this.#tokenFor = tokenFor;
  }

  client(client: ClientRecord): Record<string, unknown> {
    const signIn = client.signInId ? this.#state.signIns.get(client.signInId) : undefined;
    return {
      object: 'client',
      id: client.id,
      sessions: this.#state.activeSessionsOf(client).map((session) => this.session(session)),
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

  signIn(signIn: SignInRecord): Record<string, unknown> {
    const user = signIn.userId ? this.#state.users.get(signIn.userId) : undefined;
    return {
      object: 'sign_in_attempt',
      id: signIn.id,
      status: signIn.status,
      supported_identifiers: ['email_address'],
      supported_first_factors: user ? firstFactorsOf(user) : [],
      supported_second_factors: user ? offeredSecondFactors(signIn, user) : null,
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

  session(session: SessionRecord): Record<string, unknown> {
    const user = this.#state.users.get(session.userId);
    if (!user) throw new Error(`Session ${session.id} refers to a missing user`);
    return {
      object: 'session',
      id: session.id,
      status: session.status,
      expire_at: session.expireAt,
      abandon_at: session.abandonAt,
      last_active_at: session.lastActiveAt,
      last_active_token:
        session.status === 'active' ? { object: 'token', jwt: this.#tokenFor(session) } : null,
      last_active_organization_id: null,
      actor: null,
      user: this.user(user),
      public_user_data: publicUserData(user),
      factor_verification_age: factorVerificationAge(session, session.updatedAt),
      created_at: session.createdAt,
      updated_at: session.updatedAt,
    };
  }

  user(user: UserRecord): Record<string, unknown> {
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
      primary_phone_number_id: user.phoneNumberId,
      primary_web3_wallet_id: null,
      password_enabled: true,
      two_factor_enabled: user.mfa,
      totp_enabled: user.mfa && user.totpSecret !== null,
      backup_code_enabled: user.mfa && user.backupCodes.length > 0,
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
      phone_numbers:
        user.phoneNumber && user.phoneNumberId
          ? [
              {
                object: 'phone_number',
                id: user.phoneNumberId,
                phone_number: user.phoneNumber,
                reserved_for_second_factor: user.mfa,
                default_second_factor: user.mfa && !user.totpSecret,
                reserved: false,
                verification: { ...verified, strategy: 'phone_code' },
                linked_to: [],
                created_at: user.createdAt,
                updated_at: user.createdAt,
              },
            ]
          : [],
      web3_wallets: [],
      passkeys: [],
      organization_memberships: [],
      external_accounts: [],
      saml_accounts: [],
      enterprise_accounts: [],
      password_last_updated_at: null,
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
      mfa_enabled_at: user.mfa ? user.createdAt : null,
      mfa_disabled_at: null,
      legal_accepted_at: null,
    };
  }
}

/**
 * `supported_second_factors` of a sign-in: once the first factor is verified,
 * the user's second factors, or for a new-device check the e-mail code; null
 * before that.
 */
export function offeredSecondFactors(
  signIn: SignInRecord,
  user: UserRecord,
): Record<string, unknown>[] | null {
  if (signIn.status === 'needs_client_trust') {
    return [
      {
        strategy: 'email_code',
        email_address_id: user.emailAddressId,
        safe_identifier: maskEmail(user.email),
      },
    ];
  }
  if (signIn.status !== 'needs_second_factor' && !(signIn.status === 'complete' && user.mfa)) {
    return null;
  }
  const factors: Record<string, unknown>[] = [];
  if (user.totpSecret) factors.push({ strategy: 'totp' });
  if (user.phoneNumber && user.phoneNumberId) {
    factors.push({
      strategy: 'phone_code',
      phone_number_id: user.phoneNumberId,
      safe_identifier: maskPhone(user.phoneNumber),
      default: !user.totpSecret,
    });
  }
  if (user.backupCodes.length > 0) factors.push({ strategy: 'backup_code' });
  return factors;
}

/** `fva`: whole minutes since each factor was verified, -1 for a factor never verified. */
export function factorVerificationAge(session: SessionRecord, nowMs: number): [number, number] {
  const minutesSince = (at: number) => Math.max(0, Math.floor((nowMs - at) / 60_000));
  return [
    minutesSince(session.firstFactorVerifiedAt),
    session.secondFactorVerifiedAt === null ? -1 : minutesSince(session.secondFactorVerifiedAt),
  ];
}

function firstFactorsOf(user: UserRecord): Record<string, unknown>[] {
  return [
    { strategy: 'password' },
    {
      strategy: 'email_code',
      email_address_id: user.emailAddressId,
      safe_identifier: user.email,
      primary: true,
    },
  ];
}

const VERIFICATION_OBJECTS: Record<VerificationRecord['strategy'], string> = {
  password: 'verification_password',
  email_code: 'verification_otp',
  phone_code: 'verification_otp',
  totp: 'verification_totp',
  backup_code: 'verification_backup_code',
};

function verification(record: VerificationRecord | null): Record<string, unknown> | null {
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

function publicUserData(user: UserRecord): Record<string, unknown> {
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
function imageUrl(user: UserRecord): string {
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
