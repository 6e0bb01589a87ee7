import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { createVerificationCode, normalizeBackupCode } from '../src/domain/one-time-codes.js';
import { publishableKeyFor } from '../src/index.js';
import {
  isTotpCodeValid,
  TOTP_SETTINGS,
  totpCodeAt,
  totpSecondsRemaining,
  totpUri,
} from '../src/domain/totp.js';

/** RFC 6238 Appendix B: the SHA1 seed is the ASCII string "12345678901234567890". */
const RFC_6238_SHA1_SECRET = Secret.fromLatin1('12345678901234567890');
const RFC_6238_SHA1_VECTORS: readonly [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it('reproduces the RFC 6238 Appendix B SHA1 vectors with the emulator’s algorithm and period (8 digits)', () => {
    for (const [seconds, expected] of RFC_6238_SHA1_VECTORS) {
      const totp = new TOTP({
        secret: RFC_6238_SHA1_SECRET,
        algorithm: TOTP_SETTINGS.algorithm,
        period: TOTP_SETTINGS.period,
        digits: 8,
      });
      assert.equal(totp.generate({ timestamp: seconds * 1000 }), expected, `T = ${seconds}`);
    }
  });

  it('uses SHA1, 6 digits and 30 seconds: the 6-digit code is the last 6 digits of the RFC vector', () => {
    const secretBase32 = RFC_6238_SHA1_SECRET.base32;
    for (const [seconds, expected] of RFC_6238_SHA1_VECTORS) {
      assert.equal(totpCodeAt(secretBase32, seconds * 1000), expected.slice(-6), `T = ${seconds}`);
    }
  });

  it('accepts the current code and one step of drift either side, and nothing further', () => {
    const secret = 'UUVZ33VJH2L23C74V7VNAEVBSCP47EO2';
    const now = 1_700_000_015_000;
    const step = TOTP_SETTINGS.period * 1000;
    assert.ok(isTotpCodeValid(secret, totpCodeAt(secret, now), now));
    assert.ok(isTotpCodeValid(secret, totpCodeAt(secret, now - step), now), 'previous step');
    assert.ok(isTotpCodeValid(secret, totpCodeAt(secret, now + step), now), 'next step');
    assert.ok(!isTotpCodeValid(secret, totpCodeAt(secret, now - 2 * step), now), 'two steps old');
    assert.ok(!isTotpCodeValid(secret, totpCodeAt(secret, now + 2 * step), now), 'two steps ahead');
    assert.ok(!isTotpCodeValid(secret, '12345', now), 'too short');
  });

  it('tolerates spaces inside a typed code', () => {
    const secret = 'RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR';
    const now = 1_700_000_000_000;
    const code = totpCodeAt(secret, now);
    assert.ok(isTotpCodeValid(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now));
  });

  it('counts the seconds left in the current period', () => {
    assert.equal(totpSecondsRemaining(1_700_000_020_000), 20);
    assert.equal(totpSecondsRemaining(1_700_000_010_000), 30, 'at the start of a period');
    assert.equal(totpSecondsRemaining(1_700_000_000_000), 10);
  });

  it('builds an otpauth:// URI that names the account and the parameters', () => {
    const uri = new URL(totpUri('RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR', 'totp@example.com'));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.match(decodeURIComponent(uri.pathname), /totp@example\.com$/);
    assert.equal(uri.searchParams.get('secret'), 'RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR');
    assert.equal(uri.searchParams.get('algorithm'), 'SHA1');
    assert.equal(uri.searchParams.get('digits'), '6');
    assert.equal(uri.searchParams.get('period'), '30');
  });
});

describe('SMS and e-mail codes', () => {
  it('are six random digits', () => {
    const codes = new Set(Array.from({ length: 200 }, () => createVerificationCode()));
    for (const code of codes) assert.match(code, /^\d{6}$/);
    assert.ok(codes.size > 190, 'codes repeat far too often to be random');
  });
});

describe('backup codes', () => {
  it('compare without case, spaces or dashes', () => {
    assert.equal(normalizeBackupCode(' CT5E v3JM '), 'ct5ev3jm');
    assert.equal(normalizeBackupCode('ct5e-v3jm'), 'ct5ev3jm');
    assert.notEqual(normalizeBackupCode('ct5ev3jn'), normalizeBackupCode('ct5ev3jm'));
  });
});

describe('publishableKeyFor', () => {
  const decode = (key: string) =>
    Buffer.from(key.slice('pk_test_'.length), 'base64').toString('utf8');

  it('encodes the default host with a trailing $ behind pk_test_', () => {
    const key = publishableKeyFor();
    assert.match(key, /^pk_test_[A-Za-z0-9+/]+$/);
    assert.equal(decode(key), 'clerk.emulator.local$');
  });

  it('encodes a dev-suffix host for the dev-browser handshake', () => {
    assert.equal(
      decode(publishableKeyFor('clerk.emulator.accounts.dev')),
      'clerk.emulator.accounts.dev$',
    );
  });

  it('refuses a host without a dot, which clerk-js would reject', () => {
    assert.throws(() => publishableKeyFor('localhost:5173'), /must contain a dot/);
  });
});
