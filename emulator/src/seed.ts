import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import defaultSeedFile from './default-seed.json' with { type: 'json' };

/**
 * One user as written in a seed file. Only `email` and `password` are required.
 *
 * ```json
 * { "email": "totp@example.com", "password": "demo-password",
 *   "totpSecret": "RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR", "backupCodes": ["7bsipw8y"],
 *   "phoneNumber": "+15555550100", "mfa": true, "newDeviceCheck": false,
 *   "passwordCompromised": false }
 * ```
 */
export interface SeedUser {
  /** Stable user id (`user_…`); derived from the e-mail address when omitted. */
  readonly id?: string;
  readonly email: string;
  /** Plain text in the seed (it is a demo account); hashed with scrypt when loaded. */
  readonly password: string;
  readonly firstName?: string;
  readonly lastName?: string;
  /** Base32 secret of the authenticator app (TOTP) factor. */
  readonly totpSecret?: string;
  /** Single-use backup codes. */
  readonly backupCodes?: readonly string[];
  /** E.164 phone number for the SMS code factor. */
  readonly phoneNumber?: string;
  /**
   * Whether sign-in asks for a second factor. Defaults to true when the user
   * has a TOTP secret, backup codes or a phone number.
   */
  readonly mfa?: boolean;
  /**
   * Clerk's new-device check (client trust): the first password sign-in from a
   * client ends in `needs_client_trust` and asks for an e-mailed code.
   * Applies only to users without a second factor, as in Clerk.
   */
  readonly newDeviceCheck?: boolean;
  /**
   * The password is flagged as compromised: signing in with it works, but the session
   * starts pending with the `reset-password` task until the user sets a new password.
   */
  readonly passwordCompromised?: boolean;
}

/** The content of a seed file: `{ "users": [...] }`. */
export interface SeedFile {
  readonly users: readonly SeedUser[];
}

/** The users every demo and test can rely on (`src/default-seed.json`). */
export const defaultSeed: SeedFile = defaultSeedFile;

/** Reads a seed from an object, a JSON file path, or the default seed, and checks it. */
export function loadSeed(seed: SeedFile | string | undefined): SeedFile {
  if (seed === undefined) return defaultSeed;
  const parsed: unknown = typeof seed === 'string' ? JSON.parse(readFileSync(seed, 'utf8')) : seed;
  return validateSeed(parsed, typeof seed === 'string' ? seed : 'seed object');
}

function validateSeed(value: unknown, source: string): SeedFile {
  const fail = (problem: string): never => {
    throw new Error(`Invalid Clerk emulator seed (${source}): ${problem}`);
  };
  if (typeof value !== 'object' || value === null || !Array.isArray((value as SeedFile).users)) {
    return fail('expected an object with a "users" array');
  }
  const seen = new Set<string>();
  (value as SeedFile).users.forEach((user, index) => {
    if (typeof user?.email !== 'string' || !user.email.includes('@')) {
      fail(`users[${index}].email must be an e-mail address`);
    }
    if (typeof user.password !== 'string' || user.password.length === 0) {
      fail(`users[${index}].password must be a non-empty string`);
    }
    if (user.totpSecret !== undefined && !/^[A-Z2-7]+=*$/i.test(user.totpSecret)) {
      fail(`users[${index}].totpSecret must be base32`);
    }
    if (user.phoneNumber !== undefined && !/^\+[1-9]\d{6,14}$/.test(user.phoneNumber)) {
      fail(`users[${index}].phoneNumber must be in E.164 form, like +15555550100`);
    }
    const key = user.email.toLowerCase();
    if (seen.has(key)) fail(`users[${index}].email ${user.email} appears twice`);
    seen.add(key);
  });
  return value as SeedFile;
}

/** A stable `user_…` id for a seed user without an explicit one. */
export function seedUserId(user: SeedUser): string {
  if (user.id) return user.id;
  const digest = createHash('sha256').update(user.email.toLowerCase()).digest('hex');
  return `user_${digest.slice(0, 27)}`;
}
