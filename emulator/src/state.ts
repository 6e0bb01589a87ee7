import { createHash } from 'node:crypto';
import { createId } from './ids.js';
import type { OutboxMessage } from './one-time-codes.js';
import { hashPassword, type PasswordHash } from './passwords.js';
import { seedUserId, type SeedFile, type SeedUser } from './seed.js';

/** A single-use backup code of a user. */
export interface BackupCodeRecord {
  readonly code: string;
  usedAt: number | null;
}

/** A user of the emulated instance, built from a seed entry. */
export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly emailAddressId: string;
  readonly phoneNumber: string | null;
  readonly phoneNumberId: string | null;
  readonly passwordHash: PasswordHash;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly totpSecret: string | null;
  readonly backupCodes: BackupCodeRecord[];
  /** Whether sign-in asks for a second factor. */
  readonly mfa: boolean;
  readonly newDeviceCheck: boolean;
  readonly createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
  lastActiveAt: number | null;
  /** Failed password and code attempts since the last success or unlock. */
  failedAttempts: number;
  /** Epoch ms until which the user is locked, or null. */
  lockedUntil: number | null;
}

/** A verification in progress or done, as a sign-in's first or second factor. */
export interface VerificationRecord {
  readonly strategy: 'password' | 'email_code' | 'phone_code' | 'totp' | 'backup_code';
  status: 'unverified' | 'verified' | 'failed' | 'expired';
  attempts: number;
  /** Epoch ms; null for strategies that do not expire (password, TOTP, backup code). */
  expireAt: number | null;
  /** Code-based strategies only: what was sent, where and when. */
  readonly sentCode?: {
    readonly code: string;
    readonly channel: 'sms' | 'email';
    readonly sentAt: number;
  };
}

/** A sign-in attempt (`sia_…`). */
export interface SignInRecord {
  readonly id: string;
  readonly clientId: string;
  userId: string | null;
  identifier: string | null;
  status:
    | 'needs_identifier'
    | 'needs_first_factor'
    | 'needs_second_factor'
    | 'needs_client_trust'
    | 'complete';
  readonly createdAt: number;
  readonly abandonAt: number;
  firstFactorVerification: VerificationRecord | null;
  secondFactorVerification: VerificationRecord | null;
  createdSessionId: string | null;
}

/** A session (`sess_…`). */
export interface SessionRecord {
  readonly id: string;
  readonly clientId: string;
  readonly userId: string;
  status: 'active' | 'ended' | 'removed' | 'expired';
  readonly createdAt: number;
  updatedAt: number;
  lastActiveAt: number;
  readonly expireAt: number;
  readonly abandonAt: number;
  readonly firstFactorVerifiedAt: number;
  readonly secondFactorVerifiedAt: number | null;
}

/** A browser's client (`client_…`), found by its `__client` cookie or dev-browser token. */
export interface ClientRecord {
  readonly id: string;
  /** Opaque value of the `__client` cookie. */
  readonly cookieToken: string;
  readonly createdAt: number;
  updatedAt: number;
  signInId: string | null;
  /** Sessions of this client, oldest first, whatever their status. */
  readonly sessionIds: string[];
  lastActiveSessionId: string | null;
  lastAuthenticationStrategy: string | null;
  /** Users who passed the new-device check on this client. */
  readonly trustedUserIds: Set<string>;
}

/** A seed user with its password already hashed, so `reset()` does not hash again. */
interface PreparedSeedUser {
  readonly seed: SeedUser;
  readonly passwordHash: PasswordHash;
}

/**
 * Everything the emulator remembers, in memory: users, clients, sign-ins,
 * sessions, dev browsers and the outbox of sent codes.
 */
export class EmulatorState {
  readonly users = new Map<string, UserRecord>();
  readonly clients = new Map<string, ClientRecord>();
  readonly signIns = new Map<string, SignInRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  /** Dev-browser token → client id (null until the client exists). */
  readonly devBrowsers = new Map<string, string | null>();
  readonly outbox: OutboxMessage[] = [];
  readonly #preparedSeed: readonly PreparedSeedUser[];
  readonly #now: () => number;

  constructor(seed: SeedFile, now: () => number) {
    this.#now = now;
    this.#preparedSeed = seed.users.map((user) => ({
      seed: user,
      passwordHash: hashPassword(user.password),
    }));
    this.reset();
  }

  /** Forgets clients, sign-ins, sessions, dev browsers and the outbox; restores the seeded users. */
  reset(): void {
    this.users.clear();
    this.clients.clear();
    this.signIns.clear();
    this.sessions.clear();
    this.devBrowsers.clear();
    this.outbox.length = 0;
    const now = this.#now();
    for (const { seed, passwordHash } of this.#preparedSeed) {
      const user = buildUser(seed, passwordHash, now);
      this.users.set(user.id, user);
    }
  }

  /** The seed entries, as loaded (they include the demo passwords, for the control endpoints). */
  get seedUsers(): readonly SeedUser[] {
    return this.#preparedSeed.map((prepared) => prepared.seed);
  }

  findUserByEmail(email: string): UserRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) if (user.email.toLowerCase() === wanted) return user;
    return undefined;
  }

  findClientByCookie(cookieToken: string): ClientRecord | undefined {
    for (const client of this.clients.values())
      if (client.cookieToken === cookieToken) return client;
    return undefined;
  }

  createClient(): ClientRecord {
    const now = this.#now();
    const client: ClientRecord = {
      id: createId('client'),
      cookieToken: createId('cookie'),
      createdAt: now,
      updatedAt: now,
      signInId: null,
      sessionIds: [],
      lastActiveSessionId: null,
      lastAuthenticationStrategy: null,
      trustedUserIds: new Set(),
    };
    this.clients.set(client.id, client);
    return client;
  }

  /** Sessions of the client that still count (status `active`), oldest first. */
  activeSessionsOf(client: ClientRecord): SessionRecord[] {
    return client.sessionIds
      .map((id) => this.sessions.get(id))
      .filter((session): session is SessionRecord => session?.status === 'active');
  }
}

function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 27)}`;
}

function buildUser(seed: SeedUser, passwordHash: PasswordHash, now: number): UserRecord {
  const id = seedUserId(seed);
  const hasSecondFactor = Boolean(seed.totpSecret || seed.phoneNumber || seed.backupCodes?.length);
  return {
    id,
    email: seed.email,
    emailAddressId: stableId('idn', id, 'email', seed.email),
    phoneNumber: seed.phoneNumber ?? null,
    phoneNumberId: seed.phoneNumber ? stableId('idn', id, 'phone', seed.phoneNumber) : null,
    passwordHash,
    firstName: seed.firstName ?? null,
    lastName: seed.lastName ?? null,
    totpSecret: seed.totpSecret ? seed.totpSecret.toUpperCase() : null,
    backupCodes: (seed.backupCodes ?? []).map((code) => ({ code, usedAt: null })),
    mfa: (seed.mfa ?? hasSecondFactor) && hasSecondFactor,
    newDeviceCheck: seed.newDeviceCheck ?? false,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: null,
    lastActiveAt: null,
    failedAttempts: 0,
    lockedUntil: null,
  };
}
