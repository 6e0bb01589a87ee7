import { randomInt } from 'node:crypto';

/** A random 6-digit verification code, zero-padded. */
export function createVerificationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * Normalises a backup code for comparison: case, spaces and dashes do not
 * matter, since people retype these from paper.
 */
export function normalizeBackupCode(code: string): string {
  return code.replace(/[\s-]+/g, '').toLowerCase();
}
