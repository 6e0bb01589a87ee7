import { createHash } from 'node:crypto';
import { createId } from '../ids.js';
import { seedUserId, type SeedFile, type SeedUser } from '../seed.js';
import type { Client, OutboxMessage, Session, SignIn, User, UserPhoneNumber } from './model.js';
import { hashPassword, type PasswordHash } from './passwords.js';

/**
 * How much the store keeps, so that memory stays bounded whatever browsers (or a load
 * script) do. The oldest entry goes first when a limit is reached.
 */
export interface StoreLimits {
  /** Clients kept (each holds at most one sign-in and its sessions). */
  readonly clients: number;
  /** Dev-browser tokens kept. */
  readonly devBrowsers: number;
  /** Outbox messages kept. */
  readonly outboxMessages: number;
  /** Ended or removed sessions kept per client, besides its active ones. */
  readonly finishedSessionsPerClient: number;
  /** A client without an active session is forgotten after this long without a request. */
  readonly idleClientLifetimeMs: number;
}

/** Counts of what the store holds, as `GET <mount>/__emulator/stats` reports them. */
export interface StoreCounts {
  readonly clients: number;
  readonly signIns: number;
  readonly sessions: number;
  readonly devBrowsers: number;
  readonly outboxMessages: number;
}

/** A seed user with its password already hashed, so `reset()` does not hash again. */
interface PreparedSeedUser {
  readonly seed: SeedUser;
  readonly passwordHash: PasswordHash;
}

/** Expired entries are swept after this many new clients or this much time, whichever first. */
const SWEEP_EVERY_CLIENTS = 256;
const SWEEP_EVERY_MS = 60_000;

/**
 * Everything the emulator remembers, in memory: users, clients, sign-ins, sessions, dev
 * browsers and the outbox of sent codes. Lookups by id, e-mail address and cookie are
 * map lookups; what expires or exceeds {@link StoreLimits} is dropped as it goes.
 */
export class EmulatorStore {
  readonly limits: StoreLimits;
  readonly #users = new Map<string, User>();
  readonly #usersByEmail = new Map<string, User>();
  /** Clients in creation order (the first is the oldest). */
  readonly #clients = new Map<string, Client>();
  readonly #clientIdsByCookie = new Map<string, string>();
  readonly #signIns = new Map<string, SignIn>();
  readonly #sessions = new Map<string, Session>();
  /** Dev-browser token → client id (null until the client exists), in creation order. */
  readonly #devBrowsers = new Map<string, string | null>();
  #outbox: OutboxMessage[] = [];
  readonly #preparedSeed: readonly PreparedSeedUser[];
  readonly #now: () => number;
  #clientsSinceSweep = 0;
  #lastSweepAt: number;

  constructor(seed: SeedFile, now: () => number, limits: StoreLimits) {
    this.#now = now;
    this.limits = limits;
    this.#lastSweepAt = now();
    this.#preparedSeed = seed.users.map((user) => ({
      seed: user,
      passwordHash: hashPassword(user.password),
    }));
    this.reset();
  }

  /** Forgets clients, sign-ins, sessions, dev browsers and the outbox; restores the seeded users. */
  reset(): void {
    this.#users.clear();
    this.#usersByEmail.clear();
    this.#clients.clear();
    this.#clientIdsByCookie.clear();
    this.#signIns.clear();
    this.#sessions.clear();
    this.#devBrowsers.clear();
    this.#outbox = [];
    const now = this.#now();
    for (const { seed, passwordHash } of this.#preparedSeed) {
      const user = buildUser(seed, passwordHash, now);
      this.#users.set(user.id, user);
      this.#usersByEmail.set(user.email.toLowerCase(), user);
    }
  }

  /** The seed entries, as loaded (they include the demo passwords, for the control endpoints). */
  get seedUsers(): readonly SeedUser[] {
    return this.#preparedSeed.map((prepared) => prepared.seed);
  }

  counts(): StoreCounts {
    return {
      clients: this.#clients.size,
      signIns: this.#signIns.size,
      sessions: this.#sessions.size,
      devBrowsers: this.#devBrowsers.size,
      outboxMessages: this.#outbox.length,
    };
  }

  user(userId: string | null): User | undefined {
    return userId === null ? undefined : this.#users.get(userId);
  }

  findUserByEmail(email: string): User | undefined {
    return this.#usersByEmail.get(email.trim().toLowerCase());
  }

  client(clientId: string): Client | undefined {
    return this.#clients.get(clientId);
  }

  findClientByCookie(cookieToken: string): Client | undefined {
    const clientId = this.#clientIdsByCookie.get(cookieToken);
    return clientId === undefined ? undefined : this.#clients.get(clientId);
  }

  createClient(): Client {
    this.#sweepNow();
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
    this.#clients.set(client.id, client);
    this.#clientIdsByCookie.set(client.cookieToken, client.id);
    while (this.#clients.size > this.limits.clients) {
      const oldest = this.#clients.values().next().value;
      if (oldest === undefined) break;
      this.deleteClient(oldest);
    }
    return client;
  }

  /** Forgets a client with its sign-in and sessions. */
  deleteClient(client: Client): void {
    this.#clients.delete(client.id);
    this.#clientIdsByCookie.delete(client.cookieToken);
    if (client.signInId !== null) this.#signIns.delete(client.signInId);
    for (const sessionId of client.sessionIds) this.#sessions.delete(sessionId);
  }

  /** Registers a dev-browser token, not yet linked to a client. */
  addDevBrowser(token: string): void {
    this.#devBrowsers.set(token, null);
    while (this.#devBrowsers.size > this.limits.devBrowsers) {
      const oldest = this.#devBrowsers.keys().next().value;
      if (oldest === undefined) break;
      this.#devBrowsers.delete(oldest);
    }
  }

  hasDevBrowser(token: string): boolean {
    return this.#devBrowsers.has(token);
  }

  /** The client a dev-browser token names, if it has one that still exists. */
  devBrowserClient(token: string): Client | undefined {
    const clientId = this.#devBrowsers.get(token);
    return clientId ? this.#clients.get(clientId) : undefined;
  }

  linkDevBrowser(token: string, client: Client | null): void {
    if (this.#devBrowsers.has(token)) this.#devBrowsers.set(token, client?.id ?? null);
  }

  signIn(signInId: string): SignIn | undefined {
    return this.#signIns.get(signInId);
  }

  /** Makes `signIn` the client's sign-in; the one it replaces can no longer be reached. */
  attachSignIn(client: Client, signIn: SignIn): void {
    if (client.signInId !== null && client.signInId !== signIn.id)
      this.#signIns.delete(client.signInId);
    this.#signIns.set(signIn.id, signIn);
    client.signInId = signIn.id;
  }

  /** Forgets the client's sign-in (abandoned, or dropped at sign-out). */
  detachSignIn(client: Client): void {
    if (client.signInId !== null) this.#signIns.delete(client.signInId);
    client.signInId = null;
  }

  session(sessionId: string): Session | undefined {
    return this.#sessions.get(sessionId);
  }

  addSession(client: Client, session: Session): void {
    this.#sessions.set(session.id, session);
    client.sessionIds.push(session.id);
  }

  /** Sessions of the client that still count (status `active`), oldest first. */
  activeSessionsOf(client: Client): Session[] {
    return client.sessionIds
      .map((id) => this.#sessions.get(id))
      .filter((session): session is Session => session?.status === 'active');
  }

  /** Signed-in sessions (status `active`, pending ones included) of every client. */
  signedInSessions(): Session[] {
    return [...this.#sessions.values()].filter((session) => session.status === 'active');
  }

  /** Signed-in sessions of one user, on any client. */
  signedInSessionsOf(user: User): Session[] {
    return this.signedInSessions().filter((session) => session.userId === user.id);
  }

  /** Every sign-in kept, whatever its client. */
  allSignIns(): IterableIterator<SignIn> {
    return this.#signIns.values();
  }

  /** Keeps the client's newest finished sessions up to the limit, and forgets older ones. */
  pruneFinishedSessions(client: Client): void {
    const finished = client.sessionIds.filter((id) => this.#sessions.get(id)?.status !== 'active');
    const excess = finished.slice(
      0,
      Math.max(0, finished.length - this.limits.finishedSessionsPerClient),
    );
    if (excess.length === 0) return;
    const dropped = new Set(excess);
    for (const id of excess) this.#sessions.delete(id);
    const kept = client.sessionIds.filter((id) => !dropped.has(id));
    client.sessionIds.splice(0, client.sessionIds.length, ...kept);
  }

  /** Every message sent and kept, oldest first. */
  get outbox(): readonly OutboxMessage[] {
    return this.#outbox;
  }

  addOutboxMessage(message: OutboxMessage): void {
    this.#outbox.push(message);
    if (this.#outbox.length > this.limits.outboxMessages)
      this.#outbox.splice(0, this.#outbox.length - this.limits.outboxMessages);
  }

  /** Empties the outbox; returns how many messages it held. */
  clearOutbox(): number {
    const cleared = this.#outbox.length;
    this.#outbox = [];
    return cleared;
  }

  /**
   * Drops abandoned sign-ins and idle clients without an active session, at most every
   * {@link SWEEP_EVERY_CLIENTS} new clients or {@link SWEEP_EVERY_MS}.
   */
  #sweepNow(): void {
    const now = this.#now();
    this.#clientsSinceSweep += 1;
    if (this.#clientsSinceSweep < SWEEP_EVERY_CLIENTS && now - this.#lastSweepAt < SWEEP_EVERY_MS)
      return;
    this.#clientsSinceSweep = 0;
    this.#lastSweepAt = now;
    for (const client of [...this.#clients.values()]) {
      const signIn = client.signInId === null ? undefined : this.#signIns.get(client.signInId);
      if (signIn !== undefined && signIn.status !== 'complete' && now >= signIn.abandonAt)
        this.detachSignIn(client);
      const idle = now - client.updatedAt >= this.limits.idleClientLifetimeMs;
      if (idle && this.activeSessionsOf(client).length === 0) this.deleteClient(client);
    }
  }
}

function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}_${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 27)}`;
}

function buildUser(seed: SeedUser, passwordHash: PasswordHash, now: number): User {
  const id = seedUserId(seed);
  const hasSecondFactor = Boolean(seed.totpSecret || seed.phoneNumber || seed.backupCodes?.length);
  const mfa = (seed.mfa ?? hasSecondFactor) && hasSecondFactor;
  const totpSecret = seed.totpSecret ? seed.totpSecret.toUpperCase() : null;
  const phoneNumbers: UserPhoneNumber[] = seed.phoneNumber
    ? [
        {
          id: stableId('idn', id, 'phone', seed.phoneNumber),
          phoneNumber: seed.phoneNumber,
          verification: {
            strategy: 'phone_code',
            status: 'verified',
            attempts: 1,
            expireAt: now,
          },
          reservedForSecondFactor: mfa,
          // SMS is the factor a sign-in offers first when there is no authenticator app.
          defaultSecondFactor: mfa && totpSecret === null,
          createdAt: now,
          updatedAt: now,
        },
      ]
    : [];
  return {
    id,
    email: seed.email,
    emailAddressId: stableId('idn', id, 'email', seed.email),
    phoneNumbers,
    primaryPhoneNumberId: phoneNumbers[0]?.id ?? null,
    passwordHash,
    passwordUpdatedAt: null,
    passwordCompromised: seed.passwordCompromised ?? false,
    firstName: seed.firstName ?? null,
    lastName: seed.lastName ?? null,
    totpSecret,
    totpVerifiedAt: totpSecret === null ? null : now,
    pendingTotp: null,
    backupCodes: (seed.backupCodes ?? []).map((code) => ({ code, usedAt: null })),
    backupCodesCreatedAt: seed.backupCodes?.length ? now : null,
    mfa,
    mfaEnabledAt: mfa ? now : null,
    mfaDisabledAt: null,
    newDeviceCheck: seed.newDeviceCheck ?? false,
    createdAt: now,
    updatedAt: now,
    lastSignInAt: null,
    lastActiveAt: null,
    failedAttempts: 0,
    lockedUntil: null,
  };
}
