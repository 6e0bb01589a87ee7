/**
 * The sign-in calls: creating a sign-in and its second factor, with clerk-js's quirk
 * of answering an offline request with the resource unchanged turned into no answer.
 */
import type {
  AttemptSecondFactorParams,
  ClerkLike,
  PrepareSecondFactorParams,
  SignInAnswer,
  SignInResourceLike,
} from './clerk-types.js';
import { noAnswer, settle, type ClerkResult } from './results.js';

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
