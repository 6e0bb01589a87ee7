/**
 * The one place that says which factors a user has and which a sign-in offers. The
 * sign-in service checks requests against these, the serializers write them as Clerk's
 * JSON, and the control API lists them.
 */
import type {
  FirstFactor,
  OfferedSecondFactor,
  ResetPasswordStrategy,
  SecondFactor,
  SignIn,
  User,
} from './model.js';

/** The second factors a user has, in the order a sign-in offers them: TOTP, SMS, backup code. */
export function secondFactorsOf(user: User): SecondFactor[] {
  const factors: SecondFactor[] = [];
  if (user.totpSecret) factors.push({ strategy: 'totp' });
  if (user.phoneNumber && user.phoneNumberId) {
    factors.push({
      strategy: 'phone_code',
      phoneNumberId: user.phoneNumberId,
      phoneNumber: user.phoneNumber,
      isDefault: !user.totpSecret,
    });
  }
  if (user.backupCodes.length > 0) factors.push({ strategy: 'backup_code' });
  return factors;
}

/** Whether sign-in asks this user for `strategy` as a second factor. */
export function hasSecondFactor(user: User, strategy: SecondFactor['strategy']): boolean {
  return user.mfa && secondFactorsOf(user).some((factor) => factor.strategy === strategy);
}

/**
 * The first factors a user has: the password, a code e-mailed to the primary address, and
 * the instance's password-reset strategies the user can receive a code for (e-mail; SMS
 * when the user has a phone number).
 */
export function firstFactorsOf(
  user: User,
  resetPasswordStrategies: readonly ResetPasswordStrategy[],
): FirstFactor[] {
  const factors: FirstFactor[] = [
    { strategy: 'password' },
    { strategy: 'email_code', emailAddressId: user.emailAddressId, emailAddress: user.email },
  ];
  if (resetPasswordStrategies.includes('reset_password_email_code')) {
    factors.push({
      strategy: 'reset_password_email_code',
      emailAddressId: user.emailAddressId,
      emailAddress: user.email,
    });
  }
  if (
    resetPasswordStrategies.includes('reset_password_phone_code') &&
    user.phoneNumber &&
    user.phoneNumberId
  ) {
    factors.push({
      strategy: 'reset_password_phone_code',
      phoneNumberId: user.phoneNumberId,
      phoneNumber: user.phoneNumber,
    });
  }
  return factors;
}

/**
 * What a sign-in offers as its second step: once the first factor is verified, the user's
 * second factors, or for a new-device check the e-mailed code; null before that.
 */
export function offeredSecondFactors(signIn: SignIn, user: User): OfferedSecondFactor[] | null {
  if (signIn.status === 'needs_client_trust') {
    return [
      { strategy: 'email_code', emailAddressId: user.emailAddressId, emailAddress: user.email },
    ];
  }
  if (signIn.status === 'needs_second_factor' || (signIn.status === 'complete' && user.mfa)) {
    return secondFactorsOf(user);
  }
  return null;
}
