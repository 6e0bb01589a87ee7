import { expect } from '@open-wc/testing';

import {
  fieldForClerkError,
  lockoutSecondsFromMessage,
  messageKeyForClerkCode,
  readClerkFailure,
} from '../../src/flow/clerk-errors.js';
import { englishMessages } from '../../src/english.js';
import {
  fakeApiError,
  fakeClerkJsNetworkError,
  fakeFetchTypeError,
  fakeRuntimeNetworkError,
} from '../fakes/fake-clerk.js';

describe('clerk-errors', () => {
  describe('readClerkFailure', () => {
    it('reads the first error of a Clerk API error: code, long message, parameter, Retry-After', () => {
      const thrown = fakeApiError('too_many_requests', {
        longMessage: 'Too many requests.',
        paramName: 'identifier',
        retryAfter: 12,
      });
      expect(readClerkFailure(thrown)).to.deep.equal({
        kind: 'api',
        code: 'too_many_requests',
        longMessage: 'Too many requests.',
        paramName: 'identifier',
        retryAfterSeconds: 12,
      });
    });

    it('reads a plain object of the same shape, as clerk-js errors may cross bundles', () => {
      const thrown = {
        clerkError: true,
        status: 422,
        errors: [{ code: 'form_code_incorrect', message: 'x', meta: {} }],
      };
      expect(readClerkFailure(thrown)).to.deep.equal({ kind: 'api', code: 'form_code_incorrect' });
    });

    it('leaves out a missing or meaningless Retry-After, long message and parameter', () => {
      const thrown = {
        errors: [{ code: 'too_many_requests', longMessage: null, meta: { paramName: 7 } }],
        retryAfter: 0,
      };
      expect(readClerkFailure(thrown)).to.deep.equal({ kind: 'api', code: 'too_many_requests' });
      expect(readClerkFailure({ errors: [{ code: 'user_locked', meta: null }] })).to.deep.equal({
        kind: 'api',
        code: 'user_locked',
      });
    });

    for (const [name, thrown] of [
      ["fetch's TypeError", fakeFetchTypeError()],
      ["clerk-js's Error for a failed fetch", fakeClerkJsNetworkError()],
      ['ClerkRuntimeError network_error', fakeRuntimeNetworkError()],
      ['an object with code clerk_offline', { code: 'clerk_offline' }],
    ] as const) {
      it(`reads ${name} as a network failure`, () => {
        expect(readClerkFailure(thrown)).to.deep.equal({ kind: 'network' });
      });
    }

    for (const [name, thrown] of [
      ['null', null],
      ['a number', 42],
      ['an Error', new Error('boom')],
      ['an object with a message but no Error', { message: 'Network error' }],
      ['errors that is no list', { errors: 'form_code_incorrect' }],
      ['an empty errors list', { errors: [] }],
    ] as const) {
      it(`reads ${name} as unknown`, () => {
        expect(readClerkFailure(thrown)).to.deep.equal({ kind: 'unknown' });
      });
    }
  });

  describe('messageKeyForClerkCode', () => {
    it('gives a key of the message table for each code the flow explains', () => {
      for (const code of [
        'form_identifier_not_found',
        'form_password_incorrect',
        'form_password_or_identifier_incorrect',
        'form_param_nil',
        'form_param_missing',
        'form_param_format_invalid',
        'form_password_pwned',
        'form_password_compromised',
        'form_code_incorrect',
        'verification_expired',
        'verification_failed',
        'too_many_requests',
        'user_locked',
        'session_exists',
      ]) {
        const key = messageKeyForClerkCode(code);
        expect(key, code).to.be.a('string');
        expect(englishMessages[key!], code).to.be.a('string');
      }
    });

    it('gives nothing for other codes, including names inherited by every object', () => {
      expect(messageKeyForClerkCode('captcha_invalid')).to.equal(undefined);
      expect(messageKeyForClerkCode('toString')).to.equal(undefined);
    });
  });

  describe('fieldForClerkError', () => {
    it('puts parameter errors on the input the parameter comes from, others on none', () => {
      const field = (paramName: string) =>
        fieldForClerkError({ kind: 'api', code: 'form_param_nil', paramName });
      expect(field('identifier')).to.equal('identifier');
      expect(field('email_address')).to.equal('identifier');
      expect(field('password')).to.equal('password');
      expect(field('code')).to.equal('code');
      expect(field('strategy')).to.equal(undefined);
      expect(field('constructor')).to.equal(undefined);
      expect(fieldForClerkError({ kind: 'api', code: 'form_param_nil' })).to.equal(undefined);
    });
  });

  describe('lockoutSecondsFromMessage', () => {
    for (const [text, seconds] of [
      ['Your account is locked. You will be able to try again in 30 minutes.', 1_800],
      ['Your account is locked. You will be able to try again in 1 minute and 5 seconds.', 65],
      ['You can try again in 2 hours.', 7_200],
      ['Try again in 10 mins.', 600],
      ['Try again in 40 secs.', 40],
    ] as const) {
      it(`reads ${seconds} s from "${text}"`, () => {
        expect(lockoutSecondsFromMessage(text)).to.equal(seconds);
      });
    }

    for (const text of [
      undefined,
      '',
      'Your account is locked. For more information, please contact support.',
      'Try again in a while.',
      'Try again in 0 minutes.',
    ]) {
      it(`reads no time from ${JSON.stringify(text)}`, () => {
        expect(lockoutSecondsFromMessage(text)).to.equal(undefined);
      });
    }
  });
});
