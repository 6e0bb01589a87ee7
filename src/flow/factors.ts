/** Which code factors a sign-in offers, and in which order. */
import type {
  PrepareResetCodeParams,
  PrepareSecondFactorParams,
  SecondFactorLike,
} from './clerk-adapter/index.js';
import type { CodeStrategy, Factor } from './types.js';

/** The strategies of a code that Clerk sends (by SMS or email) rather than one the user already has. */
export type SentCodeStrategy =
  'phone_code' | 'email_code' | 'reset_password_email_code' | 'reset_password_phone_code';

/** Second factors this flow finishes, the first one offered being the default. */
export const secondFactorOrder: readonly CodeStrategy[] = ['totp', 'phone_code', 'backup_code'];

/** Factors of a new-device check (`needs_client_trust`), the first one offered being the default. */
export const clientTrustOrder: readonly CodeStrategy[] = ['email_code', 'phone_code'];

/** Codes that reset a forgotten password, from `supportedFirstFactors`: by email first. */
export const resetCodeOrder: readonly CodeStrategy[] = [
  'reset_password_email_code',
  'reset_password_phone_code',
];

/** Whether `strategy` is a code that resets a password (a first factor, not a second). */
export function isResetStrategy(
  strategy: CodeStrategy | null,
): strategy is 'reset_password_email_code' | 'reset_password_phone_code' {
  return strategy === 'reset_password_email_code' || strategy === 'reset_password_phone_code';
}

/**
 * A factor offered to the user together with what Clerk needs to send its code. The
 * phone and email ids stay inside the flow: only `factor` reaches the state and notices.
 */
export interface OfferedFactor {
  readonly factor: Factor;
  /**
   * For an SMS or email code: the parameters of `signIn.prepareSecondFactor`, or of
   * `signIn.prepareFirstFactor` for a reset code.
   */
  readonly sendParams?: PrepareSecondFactorParams | PrepareResetCodeParams;
}

export function isSentCodeStrategy(strategy: CodeStrategy | null): strategy is SentCodeStrategy {
  return strategy === 'phone_code' || strategy === 'email_code' || isResetStrategy(strategy);
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
  const factor: Factor = supported.safeIdentifier
    ? { strategy, safeIdentifier: supported.safeIdentifier }
    : { strategy };
  switch (strategy) {
    case 'phone_code':
    case 'reset_password_phone_code':
      return {
        factor,
        sendParams: { strategy, ...idParam('phoneNumberId', supported.phoneNumberId) },
      };
    case 'email_code':
    case 'reset_password_email_code':
      return {
        factor,
        sendParams: { strategy, ...idParam('emailAddressId', supported.emailAddressId) },
      };
    default:
      return { factor };
  }
}

/** `{ [name]: id }` when Clerk listed the id, else nothing: the parameter is optional. */
function idParam<Name extends string>(
  name: Name,
  id: string | null | undefined,
): Partial<Record<Name, string>> {
  return id ? ({ [name]: id } as Record<Name, string>) : {};
}
