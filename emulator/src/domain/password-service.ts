import type { User } from './model.js';
import { assertAcceptableNewPassword, type PasswordRules } from './password-policy.js';
import { hashPassword } from './passwords.js';
import type { SessionService } from './session-service.js';
import type { EmulatorStore } from './store.js';

/** What comes with a new password besides the password itself. */
export interface NewPasswordCommand {
  /** The form field the errors name: `password` (reset at sign-in) or `new_password` (change). */
  readonly paramName: string;
  /** Revoke the user's sessions on every client, except `currentSessionId`. */
  readonly signOutOfOtherSessions: boolean;
  /** The session that asks for the change (null during a sign-in: there is none yet). */
  readonly currentSessionId: string | null;
}

/**
 * A user's new password, whether reset at sign-in (`POST …/reset_password`) or changed by
 * the signed-in user (`POST /v1/me/change_password`): checked against the instance's
 * password rules, then stored. The old password stops working, the compromised flag goes,
 * and with it every `reset-password` task of the user's sessions.
 */
export class PasswordService {
  readonly #store: EmulatorStore;
  readonly #sessions: SessionService;
  readonly #rules: PasswordRules;
  readonly #now: () => number;

  constructor(deps: {
    store: EmulatorStore;
    sessions: SessionService;
    rules: PasswordRules;
    now: () => number;
  }) {
    this.#store = deps.store;
    this.#sessions = deps.sessions;
    this.#rules = deps.rules;
    this.#now = deps.now;
  }

  /** Sets `password` as the user's password; throws Clerk's errors for one the rules refuse. */
  setNewPassword(user: User, password: string, command: NewPasswordCommand): void {
    assertAcceptableNewPassword(password, user, this.#rules, command.paramName);
    const now = this.#now();
    user.passwordHash = hashPassword(password);
    user.passwordCompromised = false;
    user.passwordUpdatedAt = now;
    user.updatedAt = now;
    for (const session of this.#store.signedInSessionsOf(user))
      this.#sessions.completeTask(session, 'reset-password');
    if (command.signOutOfOtherSessions)
      this.#sessions.revokeOtherSessionsOf(user, command.currentSessionId);
  }
}
