import { Secret, TOTP } from 'otpauth';

/**
 * The authenticator-app configuration Clerk uses and authenticator apps expect:
 * RFC 6238 with HMAC-SHA1, 6 digits, a 30-second period, and one step of clock
 * drift accepted either side.
 */
export const TOTP_SETTINGS = {
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  window: 1,
} as const;

/** Name shown by authenticator apps next to the account. */
const TOTP_ISSUER = 'Clerk emulator';

function createTotp(secretBase32: string, accountName = ''): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    secret: Secret.fromBase32(secretBase32),
    algorithm: TOTP_SETTINGS.algorithm,
    digits: TOTP_SETTINGS.digits,
    period: TOTP_SETTINGS.period,
  });
}

/** The code an authenticator app shows at `timestampMs` for this secret. */
export function totpCodeAt(secretBase32: string, timestampMs: number): string {
  return createTotp(secretBase32).generate({ timestamp: timestampMs });
}

/** The shape of a TOTP code: six ASCII digits (spaces aside). */
const TOTP_CODE = new RegExp(`^[0-9]{${TOTP_SETTINGS.digits}}$`);

/**
 * Whether `code` is valid at `timestampMs`, allowing one period of drift either side. A
 * code of another shape (other length, letters, other scripts' digits) never is.
 */
export function isTotpCodeValid(secretBase32: string, code: string, timestampMs: number): boolean {
  const token = code.replace(/\s+/g, '');
  if (!TOTP_CODE.test(token)) return false;
  const delta = createTotp(secretBase32).validate({
    token,
    timestamp: timestampMs,
    window: TOTP_SETTINGS.window,
  });
  return delta !== null;
}

/** Seconds left before the code current at `timestampMs` rolls over. */
export function totpSecondsRemaining(timestampMs: number): number {
  const periodMs = TOTP_SETTINGS.period * 1000;
  return Math.ceil((periodMs - (timestampMs % periodMs)) / 1000);
}

/** The `otpauth://` URI an authenticator app scans (as a QR code) to enrol the secret. */
export function totpUri(secretBase32: string, accountName: string): string {
  return createTotp(secretBase32, accountName).toString();
}

/** A new random 160-bit secret in base32, the size RFC 4226 recommends. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}
