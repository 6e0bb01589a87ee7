/**
 * The sign-in calls: creating a sign-in and its second factor, and resetting a
 * forgotten password, with clerk-js's quirk of answering an offline request with the
 * resource unchanged turned into no answer.
 */
import type {
  AttemptResetCodeParams,
  AttemptSecondFactorParams,
  ClerkLike,
  PrepareResetCodeParams,
  PrepareSecondFactorParams,
  ResetPasswordParams,
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

/** Starts a sign-in without a password, to reset it: `signIn.create({ identifier })`. */
export function startPasswordReset(
  clerk: ClerkLike,
  identifier: string,
): Promise<ClerkResult<SignInAnswer>> {
  const resource = clerk.client?.signIn;
  if (!resource) return Promise.resolve(noAnswer);
  return askSignIn(resource, (signIn) => signIn.create({ identifier }));
}

/** Sends the code that resets the password: `signIn.prepareFirstFactor`. */
export function prepareResetCode(
  signIn: SignInResourceLike,
  params: PrepareResetCodeParams,
): Promise<ClerkResult<SignInAnswer>> {
  return askSignIn(signIn, (resource) => resource.prepareFirstFactor(params), 'first');
}

/** Verifies the reset code: `signIn.attemptFirstFactor`, which leads to `needs_new_password`. */
export function attemptResetCode(
  signIn: SignInAnswer,
  params: AttemptResetCodeParams,
): Promise<ClerkResult<SignInAnswer>> {
  return withNewStatus(
    signIn,
    askSignIn(signIn, (resource) => resource.attemptFirstFactor(params), 'first'),
  );
}

/** Sets the new password: `signIn.resetPassword`, then a second factor or `complete`. */
export function resetPassword(
  signIn: SignInAnswer,
  params: ResetPasswordParams,
): Promise<ClerkResult<SignInAnswer>> {
  return withNewStatus(
    signIn,
    askSignIn(signIn, (resource) => resource.resetPassword(params), 'none'),
  );
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
  return withNewStatus(
    signIn,
    askSignIn(signIn, (resource) => resource.attemptSecondFactor(params)),
  );
}

/** Clerk answers a code or a new password with a new status or an error; the same status means no answer came. */
async function withNewStatus(
  signIn: SignInAnswer,
  asked: Promise<ClerkResult<SignInAnswer>>,
): Promise<ClerkResult<SignInAnswer>> {
  const statusBefore = signIn.status;
  const result = await asked;
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
  verification: 'first' | 'second' | 'none' = 'second',
): Promise<ClerkResult<SignInAnswer>> {
  const verificationOf = (signIn: SignInResourceLike | null | undefined) =>
    verification === 'none'
      ? undefined
      : verification === 'first'
        ? signIn?.firstFactorVerification
        : signIn?.secondFactorVerification;
  const verificationBefore = verificationOf(resource);
  const result = await settle(call(resource));
  if (!result.ok) return result;
  const answer = result.value;
  const untouched =
    verificationBefore !== undefined && verificationOf(answer) === verificationBefore;
  if (!answer || typeof answer.status !== 'string' || untouched) return noAnswer;
  return { ok: true, value: answer as SignInAnswer };
}
