/**
 * Following the session clerk-js holds: what it is now (active, or pending with its
 * task), and every change clerk-js makes outside the flow's own calls, such as another
 * tab signing in or out.
 */
import { taskOf, type ClerkLike } from './clerk-adapter/index.js';
import type { HeldSession } from './flow-events.js';
import { toSignedInUser } from './sign-in-calls.js';

/** The session `clerk` holds now (a user without a session object counts as one), or null. */
export function heldSessionOf(clerk: ClerkLike | null, identifier: string): HeldSession | null {
  const { session, user } = clerk ?? {};
  if (!session && !user) return null;
  return {
    id: session?.id ?? '',
    task: taskOf(session),
    user: toSignedInUser(user ?? null, identifier),
  };
}

/** Hears clerk-js's changes of client, session or user while it follows one Clerk. */
export class SessionFollower {
  #stop: (() => void) | null = null;

  /** Calls `changed` after every change `clerk` tells of, until `stop()`. */
  follow(clerk: ClerkLike, changed: () => void): void {
    if (!clerk.addListener || this.#stop) return;
    this.#stop = clerk.addListener(() => changed());
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
