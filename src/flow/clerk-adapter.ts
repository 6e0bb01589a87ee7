/**
 * The one file that knows `@clerk/clerk-js` (v6): the few parts of it the flow uses,
 * and the calls the flow makes, each returning a result instead of throwing, with
 * clerk-js's quirks (offline answers that return the resource unchanged) turned into
 * plain failures.
 *
 * Production passes the real `Clerk` instance; unit tests pass a fake that implements
 * these interfaces. Keeping the surface this small is what makes a later switch of
 * Clerk API (for example to the SignInFuture API) one file.
 */
import { readClerkFailure, type ClerkFailure } from './clerk-errors.js';
import type { SignInStatus } from './types.js';

/** A second factor as clerk-js reports it in `signIn.supportedSecondFactors`. */
export interface SecondFactorLike {
  readonly strategy: string;
  readonly safeIdentifier?: string | null;
  readonly phoneNumberId?: string | null;
  readonly emailAddressId?: string | null;
  readonly default?: boolean | null;
}

export interface PrepareSecondFactorParams {
  readonly strategy: 'phone_code' | 'email_code';
  readonly phoneNumberId?: string;
  readonly emailAddressId?: string;
}

export interface AttemptSecondFactorParams {
  readonly strategy: 'totp' | 'backup_code' | 'phone_code' | 'email_code';
  readonly code: string;
}

/** The `SignIn` resource of clerk-js, reduced to what the flow reads and calls. */
export interface SignInResourceLike {
  readonly id?: string | null;
  readonly status: string | null;
  readonly supportedSecondFactors?: readonly SecondFactorLike[] | null;
  readonly createdSessionId?: string | null;
  /**
   * clerk-js builds a new verification object from every answer of Clerk. When a
   * request fails while the browser is offline or automated, clerk-js returns the
   * resource untouched instead of throwing: the same object here means no answer came.
   * The flow never reads inside it.
   */
  readonly secondFactorVerification?: object | null;
  create(params: {
    identifier: string;
    password: string;
    strategy?: 'password';
  }): Promise<SignInResourceLike>;
  prepareSecondFactor(params: PrepareSecondFactorParams): Promise<SignInResourceLike>;
  attemptSecondFactor(params: AttemptSecondFactorParams): Promise<SignInResourceLike>;
}

/** The signed-in user, reduced to what the signed-in view shows. */
export interface UserLike {
  readonly id: string;
  readonly fullName?: string | null;
  readonly primaryEmailAddress?: { readonly emailAddress: string } | null;
  readonly emailAddresses?: ReadonlyArray<{ readonly emailAddress: string }> | null;
}

/** A session of clerk-js, reduced to what the flow reads. */
export interface SessionLike {
  readonly id: string;
  /** `active`, or `pending` with tasks; clerk-js keeps ended sessions out of the client. */
  readonly status?: string | null;
}

/** The browser's client: its sign-in, and the sessions Clerk holds for it. */
export interface ClientLike {
  readonly signIn: SignInResourceLike;
  readonly sessions?: readonly SessionLike[] | null;
  readonly lastActiveSessionId?: string | null;
  /** Fetches the client from Clerk again. */
  reload?(): Promise<unknown>;
}

/** What clerk-js tells its listeners after every change of client, session or user. */
export interface ClerkResources {
  readonly session?: SessionLike | null;
  readonly user?: UserLike | null;
}

/** A loaded Clerk instance, reduced to what the flow needs. */
export interface ClerkLike {
  readonly loaded: boolean;
  load(options?: Record<string, unknown>): Promise<void>;
  readonly client?: ClientLike | null;
  readonly user?: UserLike | null;
  readonly session?: SessionLike | null;
  setActive(params: { session: string | null }): Promise<void>;
  /**
   * Ends the session. clerk-js then navigates to the instance's after-sign-out URL,
   * unless it is given `afterSignOut`, which it calls instead.
   */
  signOut(afterSignOut?: () => void | Promise<void>): Promise<void>;
  /**
   * Calls `listener` now and after every change, also one made by another tab (a
   * sign-in, a sign-out); returns a function that stops it.
   */
  addListener?(listener: (resources: ClerkResources) => void): () => void;
}

/** The outcome of a Clerk call: Clerk's answer, or what went wrong. Never thrown. */
export type ClerkResult<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly failure: ClerkFailure };

/** A sign-in resource as Clerk answered it: it always has a status. */
export type SignInAnswer = SignInResourceLike & { readonly status: SignInStatus };

/** Signs in with identifier and password: `signIn.create`. */
export function createSignIn(
  clerk: ClerkLike,
  credentials: { readonly identifier: string; readonly password: string },
): Promise<ClerkResult<SignInAnswer>> {
  const resource = clerk.client?.signIn;
  // clerk-js without a client has not reached the Frontend API.
  if (!resource) return Promise.resolve(noAnswer);
  return askSignIn(resource, (signIn) => signIn.create(credentials));
}

/** Sends an SMS or email code: `signIn.prepareSecondFactor`. */
export function prepareSecondFactor(
  signIn: SignInResourceLike,
  params: PrepareSecondFactorParams,
): Promise<ClerkResult<SignInAnswer>> {
  return askSignIn(signIn, (resource) => resource.prepareSecondFactor(params));
}

/** Verifies a code: `signIn.attemptSecondFactor`. */
export async function attemptSecondFactor(
  signIn: SignInAnswer,
  params: AttemptSecondFactorParams,
): Promise<ClerkResult<SignInAnswer>> {
  const statusBefore = signIn.status;
  const result = await askSignIn(signIn, (resource) => resource.attemptSecondFactor(params));
  // Clerk answers a code with a new status or an error; the same status means no answer came.
  return result.ok && result.value.status === statusBefore ? noAnswer : result;
}

/** Makes a session the active one, and tells who is signed in then. */
export function activateSession(
  clerk: ClerkLike,
  sessionId: string,
): Promise<ClerkResult<UserLike | null>> {
  return settle(clerk.setActive({ session: sessionId }).then(() => clerk.user ?? null));
}

/**
 * Makes active the session Clerk already holds for this browser, when a sign-in's
 * answer was lost or Clerk says the browser is signed in: the client's last active
 * session, else its first active one, after fetching the client again if it knows none.
 * Resolves null when there is none.
 */
export async function activateHeldSession(
  clerk: ClerkLike,
): Promise<ClerkResult<{ readonly sessionId: string; readonly user: UserLike | null } | null>> {
  let session = heldSession(clerk);
  if (!session && clerk.client?.reload) {
    const reloaded = await settle(clerk.client.reload());
    if (!reloaded.ok) return reloaded;
    session = heldSession(clerk);
  }
  if (!session) return { ok: true, value: null };
  const sessionId = session.id;
  const activated = await activateSession(clerk, sessionId);
  return activated.ok ? { ok: true, value: { sessionId, user: activated.value } } : activated;
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

const noAnswer: ClerkResult<never> = { ok: false, failure: { kind: 'network' } };

async function settle<Value>(call: Promise<Value>): Promise<ClerkResult<Value>> {
  try {
    return { ok: true, value: await call };
  } catch (thrown) {
    return { ok: false, failure: readClerkFailure(thrown) };
  }
}

/**
 * Makes one call on a sign-in resource. Offline or in an automated browser, clerk-js
 * resolves `null` or the resource untouched (its verification object not rebuilt, or a
 * new sign-in still without a status) instead of throwing: that is no answer.
 */
async function askSignIn(
  resource: SignInResourceLike,
  call: (resource: SignInResourceLike) => Promise<SignInResourceLike | null | undefined>,
): Promise<ClerkResult<SignInAnswer>> {
  const verificationBefore = resource.secondFactorVerification;
  const result = await settle(call(resource));
  if (!result.ok) return result;
  const answer = result.value;
  const untouched =
    verificationBefore !== undefined && answer?.secondFactorVerification === verificationBefore;
  if (!answer || typeof answer.status !== 'string' || untouched) return noAnswer;
  return { ok: true, value: answer as SignInAnswer };
}
