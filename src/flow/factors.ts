/**
 * Which code factors a sign-in offers, in which order, and how a typed code is
 * cleaned before it is sent to Clerk.
 */
import type { SecondFactorLike } from './clerk-like.js';
import type { CodeStrategy, Factor } from './types.js';

/** The strategies of a code that Clerk sends (by SMS or email) rather than one the user already has. */
export type SentCodeStrategy = 'phone_code' | 'email_code';

/** Second factors this flow finishes, the first one offered being the default. */
export const secondFactorOrder: readonly CodeStrategy[] = ['totp', 'phone_code', 'backup_code'];

/** Factors of a new-device check (`needs_client_trust`), the first one offered being the default. */
export const clientTrustOrder: readonly CodeStrategy[] = ['email_code', 'phone_code'];

/**
 * A factor offered to the user together with the ids Clerk needs to send its code.
 * The ids stay inside the flow: only `factor` reaches the state and the notices.
 */
export interface OfferedFactor {
  readonly factor: Factor;
  readonly phoneNumberId?: string;
  readonly emailAddressId?: string;
}

export function isSentCodeStrategy(strategy: CodeStrategy | null): strategy is SentCodeStrategy {
  return strategy === 'phone_code' || strategy === 'email_code';
}

/**
 * The factors of `supported` that appear in `order`, sorted by it, one per strategy.
 * When Clerk lists a strategy twice (two phone numbers), the one marked `default` wins,
 * else the first listed.
 */
export function offeredFactors(
  supported: readonly SecondFactorLike[] | null | undefined,
  order: readonly CodeStrategy[],
): OfferedFactor[] {
  const offered: OfferedFactor[] = [];
  for (const strategy of order) {
    const candidates = (supported ?? []).filter((factor) => factor.strategy === strategy);
    const chosen = candidates.find((factor) => factor.default) ?? candidates[0];
    if (chosen) offered.push(toOfferedFactor(strategy, chosen));
  }
  return offered;
}

function toOfferedFactor(strategy: CodeStrategy, supported: SecondFactorLike): OfferedFactor {
  return {
    factor: supported.safeIdentifier
      ? { strategy, safeIdentifier: supported.safeIdentifier }
      : { strategy },
    ...(supported.phoneNumberId ? { phoneNumberId: supported.phoneNumberId } : {}),
    ...(supported.emailAddressId ? { emailAddressId: supported.emailAddressId } : {}),
  };
}

/**
 * The code as Clerk expects it. Numeric codes keep their digits only, so `123 456`,
 * `123-456` and a pasted `Your code is 123456` all become `123456`. Backup codes are
 * letters and digits: trimmed, lower-cased, spaces removed.
 */
export function normalizeCode(strategy: CodeStrategy, typed: string): string {
  if (strategy === 'backup_code') return typed.trim().toLowerCase().replace(/\s+/g, '');
  return typed.replace(/\D+/g, '');
}
