/**
 * The session calls: making a session active (and telling whether it waits for a
 * task), finding the session Clerk already holds, signing out.
 */
import type { ClerkLike, SessionLike, UserLike } from './clerk-types.js';
import { settle, type ClerkResult } from './results.js';

/** Who is signed in once a session is active, and the task it waits for, if it is pending. */
export interface Activation {
  readonly user: UserLike | null;
  /** The key of the pending session's first task, or null when the session is active. */
  readonly task: string | null;
}

/**
 * Makes a session the active one in this browser. A pending session (one with a task
 * such as `setup-mfa`) becomes the current one too, and stays pending until its task is done.
 */
export async function activateSession(
  clerk: ClerkLike,
  sessionId: string,
): Promise<ClerkResult<Activation>> {
  const pending = clerk.client?.sessions?.find((session) => session.id === sessionId)?.status;
  const params =
    pending === 'pending'
      ? { session: sessionId, navigate: () => undefined }
      : { session: sessionId };
  const result = await settle(clerk.setActive(params));
  if (!result.ok) return result;
  return { ok: true, value: { user: clerk.user ?? null, task: taskOf(clerk.session) } };
}

/** The task a session waits for: its first task's key when it is pending, else null. */
export function taskOf(session: SessionLike | null | undefined): string | null {
  if (session?.status !== 'pending') return null;
  return session.currentTask?.key ?? 'unknown';
}

/**
 * Makes active the session Clerk already holds for this browser, when a sign-in's
 * answer was lost or Clerk says the browser is signed in: the client's last active
 * session, else its first one, after fetching the client again if it knows none.
 * Resolves null when there is none.
 */
export async function activateHeldSession(
  clerk: ClerkLike,
): Promise<ClerkResult<(Activation & { readonly sessionId: string }) | null>> {
  let session = heldSession(clerk);
  if (!session && clerk.client?.reload) {
    const reloaded = await settle(clerk.client.reload());
    if (!reloaded.ok) return reloaded;
    session = heldSession(clerk);
  }
  if (!session) return { ok: true, value: null };
  const sessionId = session.id;
  const activated = await activateSession(clerk, sessionId);
  return activated.ok ? { ok: true, value: { sessionId, ...activated.value } } : activated;
}

function heldSession(clerk: ClerkLike): SessionLike | null {
  const sessions = (clerk.client?.sessions ?? []).filter((session) => session.status !== 'ended');
  const lastActiveId = clerk.client?.lastActiveSessionId;
  return (
    sessions.find((session) => session.id === lastActiveId) ?? sessions[0] ?? clerk.session ?? null
  );
}

/** Whether `user` is the account `identifier` names (an email address, compared without case). */
export function isUserOf(user: UserLike | null, identifier: string): boolean {
  if (!user) return false;
  const wanted = identifier.trim().toLowerCase();
  const addresses = [
    user.primaryEmailAddress?.emailAddress,
    ...(user.emailAddresses ?? []).map((address) => address.emailAddress),
  ];
  return addresses.some((address) => address?.toLowerCase() === wanted);
}

/** Ends the session, staying on the page: clerk-js calls the callback instead of navigating. */
export function signOut(clerk: ClerkLike): Promise<ClerkResult<void>> {
  return settle(clerk.signOut(() => undefined));
}

/**
 * Does the `reset-password` task of the signed-in user's session: `user.updatePassword`,
 * then makes the session active again (it is active then, or waits for its next task).
 */
export async function updatePasswordAndActivate(
  clerk: ClerkLike,
  sessionId: string,
  params: { readonly newPassword: string; readonly signOutOfOtherSessions: boolean },
): Promise<ClerkResult<Activation>> {
  const user = clerk.user;
  if (!user?.updatePassword) return { ok: false, failure: { kind: 'unknown' } };
  const updated = await settle(user.updatePassword({ ...params }));
  if (!updated.ok) return updated;
  return activateSession(clerk, sessionId);
}
