import { fapiErrors } from './errors.js';
import { hasPrimarySecondFactor } from './factors.js';
import { createId } from '../ids.js';
import type { InstanceSettingsHolder } from './instance-settings.js';
import type { Client, Session, SessionTaskKey, User } from './model.js';
import type { EmulatorStore } from './store.js';

const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const SESSION_ABANDON_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Sessions of a client: created by a completed sign-in, touched, ended, removed; their tasks
 * (a session with tasks left is pending) and how recently their factors were verified.
 */
export class SessionService {
  readonly #store: EmulatorStore;
  readonly #instance: InstanceSettingsHolder;
  readonly #now: () => number;

  constructor(store: EmulatorStore, instance: InstanceSettingsHolder, now: () => number) {
    this.#store = store;
    this.#instance = instance;
    this.#now = now;
  }

  /**
   * A new signed-in session for `user`, the client's last active one (as Clerk makes it, even
   * when pending): with the `reset-password` task while the user's password is flagged as
   * compromised, and the `setup-mfa` task when the instance requires a second factor the
   * user does not have.
   */
  create(client: Client, user: User, secondFactorVerifiedAt: number | null): Session {
    const now = this.#now();
    const tasks: SessionTaskKey[] = [
      ...(user.passwordCompromised ? (['reset-password'] as const) : []),
      ...(this.#instance.current.mfaRequired && !hasPrimarySecondFactor(user)
        ? (['setup-mfa'] as const)
        : []),
    ];
    const session: Session = {
      id: createId('sess'),
      clientId: client.id,
      userId: user.id,
      status: 'active',
      tasks,
      createdAt: now,
      updatedAt: now,
      lastActiveAt: now,
      expireAt: now + SESSION_LIFETIME_MS,
      abandonAt: now + SESSION_ABANDON_MS,
      firstFactorVerifiedAt: now,
      secondFactorVerifiedAt,
      reverification: null,
    };
    this.#store.addSession(client, session);
    client.lastActiveSessionId = session.id;
    client.lastAuthenticationStrategy = 'password';
    client.updatedAt = now;
    user.lastSignInAt = now;
    user.lastActiveAt = now;
    user.updatedAt = now;
    return session;
  }

  /** The client's session `sessionId`, whatever its status; `resource_not_found` otherwise. */
  find(client: Client, sessionId: string): Session {
    const session = this.#store.session(sessionId);
    if (!session || session.clientId !== client.id) throw fapiErrors.sessionNotFound(sessionId);
    return session;
  }

  /** `touch`: the session becomes the client's last active one. */
  touch(client: Client, session: Session): Session {
    if (session.status !== 'active') throw fapiErrors.sessionNotFound(session.id);
    const now = this.#now();
    session.lastActiveAt = now;
    session.updatedAt = now;
    client.lastActiveSessionId = session.id;
    client.updatedAt = now;
    const user = this.#store.user(session.userId);
    if (user) user.lastActiveAt = now;
    return session;
  }

  /**
   * The user now has a second factor: the `setup-mfa` task of each of their sessions is done,
   * and a session with no task left is active from its next answer on.
   */
  completeSetupMfa(user: User): void {
    if (!hasPrimarySecondFactor(user)) return;
    const now = this.#now();
    for (const session of this.#store.signedInSessionsOf(user)) {
      if (!session.tasks.includes('setup-mfa')) continue;
      session.tasks = session.tasks.filter((task) => task !== 'setup-mfa');
      session.updatedAt = now;
    }
  }

  /**
   * Makes every signed-in session's last verification `minutes` older, as if that much time
   * had passed since the sign-in (for tests of reverification). Returns how many it aged.
   */
  ageVerification(minutes: number): number {
    const sessions = this.#store.signedInSessions();
    const byMs = minutes * 60_000;
    for (const session of sessions) {
      session.firstFactorVerifiedAt -= byMs;
      if (session.secondFactorVerifiedAt !== null) session.secondFactorVerifiedAt -= byMs;
    }
    return sessions.length;
  }

  /** Ends (sign-out), removes, or revokes (signed out from elsewhere) one session. */
  finish(client: Client, session: Session, status: 'ended' | 'removed' | 'revoked'): Session {
    const now = this.#now();
    session.status = status;
    session.updatedAt = now;
    client.updatedAt = now;
    if (client.lastActiveSessionId === session.id) {
      client.lastActiveSessionId = this.#store.activeSessionsOf(client).at(-1)?.id ?? null;
    }
    this.#store.pruneFinishedSessions(client);
    return session;
  }

  /** Marks a task of the session done: the session counts as signed in once none is left. */
  completeTask(session: Session, task: SessionTaskKey): void {
    if (!session.tasks.includes(task)) return;
    session.tasks = session.tasks.filter((remaining) => remaining !== task);
    session.updatedAt = this.#now();
  }

  /** Revokes the user's active sessions on every client, except `keptSessionId`. */
  revokeOtherSessionsOf(user: User, keptSessionId: string | null): void {
    for (const session of this.#store.signedInSessionsOf(user)) {
      const client = this.#store.client(session.clientId);
      if (session.id !== keptSessionId && client) this.finish(client, session, 'revoked');
    }
  }

  /** Signs the client out: ends every active session and drops its sign-in. */
  endAll(client: Client): void {
    for (const session of this.#store.activeSessionsOf(client))
      this.finish(client, session, 'ended');
    this.#store.detachSignIn(client);
  }
}
