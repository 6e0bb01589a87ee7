import { expect } from '@open-wc/testing';

import type { ClerkFailure } from '../../src/flow/clerk-errors.js';
import {
  failureOutcome,
  type FailedAction,
  type FailureOutcome,
} from '../../src/flow/error-policy.js';
import type { CodeStrategy } from '../../src/flow/types.js';
import { englishMessages } from '../../src/english.js';

function api(code: string, extra: Partial<Omit<ClerkFailure & { kind: 'api' }, 'kind'>> = {}) {
  return { kind: 'api', code, ...extra } as const;
}

const network: ClerkFailure = { kind: 'network' };
const unknown: ClerkFailure = { kind: 'unknown' };
const lockedFor30Minutes = api('user_locked', {
  longMessage: 'Your account is locked. You will be able to try again in 30 minutes.',
});

describe('failureOutcome', () => {
  const table: ReadonlyArray<
    readonly [string, ClerkFailure, FailedAction, CodeStrategy | null, FailureOutcome]
  > = [
    [
      'a lost connection stays, whatever the action',
      network,
      'attempt-code',
      'totp',
      {
        kind: 'stay',
        error: { code: 'network_error', key: 'clerkMfaElements.errors.network_error' },
      },
    ],
    [
      'anything unknown stays with the generic message',
      unknown,
      'create',
      null,
      {
        kind: 'stay',
        error: { code: 'unknown_error', key: 'clerkMfaElements.errors.unknown_error' },
      },
    ],
    [
      'a wrong password stays, on the password field',
      api('form_password_incorrect'),
      'create',
      null,
      {
        kind: 'stay',
        error: {
          code: 'form_password_incorrect',
          key: 'unstable__errors.form_password_incorrect',
          field: 'password',
        },
      },
    ],
    [
      'a wrong code stays, on the code field',
      api('form_code_incorrect'),
      'attempt-code',
      'phone_code',
      {
        kind: 'stay',
        error: {
          code: 'form_code_incorrect',
          key: 'unstable__errors.form_code_incorrect',
          field: 'code',
        },
      },
    ],
    [
      'a Clerk code this package does not explain stays with the generic message',
      api('captcha_invalid'),
      'create',
      null,
      {
        kind: 'stay',
        error: { code: 'unknown_error', key: 'clerkMfaElements.errors.unknown_error' },
      },
    ],
    [
      'an existing session is made active, or else shown',
      api('session_exists'),
      'create',
      null,
      {
        kind: 'recover',
        otherwise: 'signed-in',
        error: { code: 'session_exists', key: 'unstable__errors.session_exists' },
      },
    ],
    [
      'a sign-in Clerk finished while its answer was lost is made active, or else restarted',
      api('client_state_invalid'),
      'attempt-code',
      'totp',
      {
        kind: 'recover',
        otherwise: 'restart',
        error: {
          code: 'client_state_invalid',
          key: 'clerkMfaElements.errors.client_state_invalid',
        },
      },
    ],
    [
      'a server error says the service is unavailable',
      { kind: 'service' },
      'create',
      null,
      {
        kind: 'stay',
        error: { code: 'service_unavailable', key: 'clerkMfaElements.errors.service_unavailable' },
      },
    ],
    [
      'a code Clerk never sent can be sent at once',
      api('verification_not_sent'),
      'attempt-code',
      'phone_code',
      {
        kind: 'resend-at',
        seconds: 0,
        error: {
          code: 'verification_not_sent',
          key: 'clerkMfaElements.errors.verification_not_sent',
          field: 'code',
        },
      },
    ],
    [
      'a user deleted meanwhile restarts the sign-in',
      api('sign_in_identification_or_user_deleted'),
      'attempt-code',
      'totp',
      {
        kind: 'restart',
        error: {
          code: 'sign_in_identification_or_user_deleted',
          key: 'clerkMfaElements.errors.sign_in_identification_or_user_deleted',
        },
      },
    ],
    [
      'a rate limit with Retry-After locks for that long',
      api('too_many_requests', { retryAfterSeconds: 12 }),
      'create',
      null,
      {
        kind: 'lock',
        scope: 'everyone',
        seconds: 12,
        error: { code: 'too_many_requests', key: 'clerkMfaElements.errors.too_many_requests' },
      },
    ],
    [
      'a rate limit without Retry-After only says so',
      api('too_many_requests'),
      'send-code',
      'phone_code',
      {
        kind: 'stay',
        error: { code: 'too_many_requests', key: 'clerkMfaElements.errors.too_many_requests' },
      },
    ],
    [
      'a lockout with its time in the long message locks for that long',
      lockedFor30Minutes,
      'create',
      null,
      {
        kind: 'lock',
        scope: 'account',
        seconds: 1800,
        error: {
          code: 'user_locked',
          key: 'clerkMfaElements.errors.user_locked__until',
          params: { duration: { seconds: 1_800 } },
        },
      },
    ],
    [
      'a lockout without a time only says so',
      api('user_locked'),
      'attempt-code',
      'totp',
      { kind: 'stay', error: { code: 'user_locked', key: 'clerkMfaElements.errors.user_locked' } },
    ],
    [
      'a refused resend waits Retry-After before the next send',
      api('verification_code_too_many_requests', { retryAfterSeconds: 40 }),
      'send-code',
      'phone_code',
      {
        kind: 'resend-at',
        seconds: 40,
        error: {
          code: 'verification_code_too_many_requests',
          key: 'clerkMfaElements.errors.verification_code_too_many_requests',
        },
      },
    ],
    [
      'a refused resend without Retry-After waits 30 s',
      api('verification_code_too_many_requests'),
      'send-code',
      'email_code',
      {
        kind: 'resend-at',
        seconds: 30,
        error: {
          code: 'verification_code_too_many_requests',
          key: 'clerkMfaElements.errors.verification_code_too_many_requests',
        },
      },
    ],
    [
      'an expired SMS code can be replaced at once',
      api('verification_expired'),
      'attempt-code',
      'phone_code',
      {
        kind: 'resend-at',
        seconds: 0,
        error: {
          code: 'verification_expired',
          key: 'clerkMfaElements.errors.verification_expired',
          field: 'code',
        },
      },
    ],
    [
      'an email code failed too often can be replaced at once',
      api('verification_failed'),
      'attempt-code',
      'email_code',
      {
        kind: 'resend-at',
        seconds: 0,
        error: {
          code: 'verification_failed',
          key: 'clerkMfaElements.errors.verification_failed',
          field: 'code',
        },
      },
    ],
    [
      'an expired authenticator step restarts the sign-in',
      api('verification_expired'),
      'attempt-code',
      'totp',
      {
        kind: 'restart',
        error: {
          code: 'verification_expired',
          key: 'clerkMfaElements.errors.verification_expired__sign_in',
        },
      },
    ],
    [
      'too many backup-code attempts restart the sign-in',
      api('verification_failed'),
      'attempt-code',
      'backup_code',
      {
        kind: 'restart',
        error: {
          code: 'verification_failed',
          key: 'clerkMfaElements.errors.verification_failed__sign_in',
        },
      },
    ],
    [
      'an expired sign-in met while signing in restarts it',
      api('verification_expired'),
      'create',
      null,
      {
        kind: 'restart',
        error: {
          code: 'verification_expired',
          key: 'clerkMfaElements.errors.verification_expired__sign_in',
        },
      },
    ],
    [
      'a sign-in Clerk no longer knows, met in the code step, restarts it',
      api('resource_not_found'),
      'send-code',
      'phone_code',
      {
        kind: 'restart',
        error: {
          code: 'verification_expired',
          key: 'clerkMfaElements.errors.verification_expired__sign_in',
        },
      },
    ],
    [
      'resource_not_found anywhere else stays with the generic message',
      api('resource_not_found'),
      'sign-out',
      null,
      {
        kind: 'stay',
        error: { code: 'unknown_error', key: 'clerkMfaElements.errors.unknown_error' },
      },
    ],
  ];

  for (const [name, failure, action, strategy, expected] of table) {
    it(name, () => {
      const outcome = failureOutcome(failure, action, strategy);
      expect(outcome).to.deep.equal(expected);
      expect(englishMessages[outcome.error.key], 'the message exists').to.be.a('string');
    });
  }
});
