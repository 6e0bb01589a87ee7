import { createHash } from 'node:crypto';
import { createId } from '../ids.js';
import { seedUserId, type SeedFile, type SeedUser } from '../seed.js';
import type { Client, OutboxMessage, Session, SignIn, User } from './model.js';
import { hashPassword, type PasswordHash } from './passwords.js';

/** A seed user with its password already hashed, so `reset()` does not hash again. */
interface PreparedSeedUser {
  readonly seed: SeedUser;
  readonly passwordHash: PasswordHash;
}

/**
 * Everything the emulator remembers, in memory: users, clients, sign-ins, sessions,
 * dev browsers and the outbox of sent codes.
 */
export class EmulatorStore {
  readonly users = new Map<string, User>();
  readonly clients = new Map<string, Client>();
  readonly signIns = new Map<string, SignIn>();
  readonly sessions = new Map<string, Session>();
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

  findUserByEmail(email: string): User | undefined {
    const wanted = email.trim().toLowerCase();
    for (const user of this.users.values()) if (user.email.toLowerCase() === wanted) return user;
    return undefined;
  }

  findClientByCookie(cookieToken: string): Client | undefined {
    for (const client of this.clients.values())
      if (client.cookieToken === cookieToken) return client;
    return undefined;
  }

  createClient(): Client {
    const now = this.#now();
    const client: Client = {
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

  /** Forgets a client (its sessions and sign-in stay until a reset). */
  deleteClient(client: Client): void {
    this.clients.delete(client.id);
  }

  /** Sessions of the client that still count (status `active`), oldest first. */
  activeSessionsOf(client: Client): Session[] {
    return client.sessionIds
      .map((id) => this.sessions.get(id))
      .filter((session): session is Session => session?.status === 'active');
  }
}

function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 27)}`;
}

function buildUser(seed: SeedUser, passwordHash: PasswordHash, now: number): User {
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
