import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost parameters. N = 2^12 keeps seeding five users well under 100 ms
 * while still storing passwords the way a real service would: salted and hashed.
 */
const SCRYPT_COST = 4096;
const SCRYPT_BLOCK_SIZE = 8;
const KEY_LENGTH = 32;

/** A salted scrypt hash of a password; the password itself is never kept. */
export interface PasswordHash {
  readonly salt: string;
  readonly hash: string;
}

/** Hashes a password with a fresh random salt. */
export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH, { N: SCRYPT_COST, r: SCRYPT_BLOCK_SIZE });
  return { salt: salt.toString('base64'), hash: hash.toString('base64') };
}

/** Checks a password against a stored hash in constant time. */
export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(password, Buffer.from(stored.salt, 'base64'), expected.length, {
    N: SCRYPT_COST,
    r: SCRYPT_BLOCK_SIZE,
  });
  return timingSafeEqual(expected, actual);
}
