import { randomBytes } from 'node:crypto';

const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Creates an identifier shaped like Clerk's (`sia_2x…`, `sess_2x…`): a resource
 * prefix, an underscore and 27 random base62 characters.
 */
export function createId(prefix: string): string {
  const bytes = randomBytes(27);
  let suffix = '';
  for (const byte of bytes) suffix += BASE62_ALPHABET[byte % BASE62_ALPHABET.length];
  return `${prefix}_${suffix}`;
}
