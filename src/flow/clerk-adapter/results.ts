/**
 * The outcome of every Clerk call the flows make: Clerk's answer, or what went wrong,
 * never a thrown error.
 */
import { readClerkFailure, type ClerkFailure } from '../clerk-errors.js';

/** The outcome of a Clerk call: Clerk's answer, or what went wrong. Never thrown. */
export type ClerkResult<Value> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly failure: ClerkFailure };

/** No answer came: offline, or clerk-js answered without reaching Clerk. */
export const noAnswer: ClerkResult<never> = { ok: false, failure: { kind: 'network' } };

/** The result of `call`: its value, or the failure it threw. */
export async function settle<Value>(call: Promise<Value>): Promise<ClerkResult<Value>> {
  try {
    return { ok: true, value: await call };
  } catch (thrown) {
    return { ok: false, failure: readClerkFailure(thrown) };
  }
}
