import { randomInt } from 'node:crypto';
import type { User } from './model.js';

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

/** Uses one of the user's unused backup codes matching `code` (at `now`); false when none does. */
export function useBackupCode(user: User, code: string, now: number): boolean {
  const wanted = normalizeBackupCode(code);
  const match = user.backupCodes.find(
    (backup) => backup.usedAt === null && normalizeBackupCode(backup.code) === wanted,
  );
  if (!match) return false;
  match.usedAt = now;
  return true;
}

/** Letters and digits of a backup code: lower case, without the look-alikes 0, 1, l and o. */
const BACKUP_CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** How many backup codes a new set holds, and how long each is (as Clerk makes them). */
export const BACKUP_CODE_COUNT = 10;
const BACKUP_CODE_LENGTH = 8;

/** A fresh set of random single-use backup codes. */
export function createBackupCodes(): string[] {
  return Array.from({ length: BACKUP_CODE_COUNT }, () =>
    Array.from(
      { length: BACKUP_CODE_LENGTH },
      () => BACKUP_CODE_ALPHABET[randomInt(0, BACKUP_CODE_ALPHABET.length)],
    ).join(''),
  );
}
