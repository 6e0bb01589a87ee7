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
  UserPhoneNumber,
} from './model.js';

/** Whether a phone number's ownership was proved (seeded, or by the texted code). */
export function isVerified(phoneNumber: UserPhoneNumber): boolean {
  return phoneNumber.verification?.status === 'verified';
}

/** The user's verified phone numbers reserved for the second step, the default one first. */
export function secondFactorPhoneNumbers(user: User): UserPhoneNumber[] {
  const reserved = user.phoneNumbers.filter(
    (phoneNumber) => phoneNumber.reservedForSecondFactor && isVerified(phoneNumber),
  );
  return [
    ...reserved.filter((phoneNumber) => phoneNumber.defaultSecondFactor),
    ...reserved.filter((phoneNumber) => !phoneNumber.defaultSecondFactor),
  ];
}

/** The second factors a user has, in the order a sign-in offers them: TOTP, SMS, backup code. */
export function secondFactorsOf(user: User): SecondFactor[] {
  const factors: SecondFactor[] = [];
  if (user.totpSecret) factors.push({ strategy: 'totp' });
  for (const phoneNumber of secondFactorPhoneNumbers(user)) {
    factors.push({
      strategy: 'phone_code',
      phoneNumberId: phoneNumber.id,
      phoneNumber: phoneNumber.phoneNumber,
      isDefault: phoneNumber.defaultSecondFactor,
    });
  }
  if (user.backupCodes.length > 0) factors.push({ strategy: 'backup_code' });
  return factors;
}

/**
 * Whether the user has a second factor that can stand alone (an authenticator app or a
 * phone number reserved for it): backup codes only ever back one of those up.
 */
export function hasPrimarySecondFactor(user: User): boolean {
  return user.totpSecret !== null || secondFactorPhoneNumbers(user).length > 0;
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
  const phone = resetPhoneNumberOf(user);
  if (resetPasswordStrategies.includes('reset_password_phone_code') && phone) {
    factors.push({
      strategy: 'reset_password_phone_code',
      phoneNumberId: phone.id,
      phoneNumber: phone.phoneNumber,
    });
  }
  return factors;
}

/** The phone number a password reset by SMS texts: the primary one, once verified. */
function resetPhoneNumberOf(user: User): UserPhoneNumber | undefined {
  const verified = user.phoneNumbers.filter(isVerified);
  return verified.find((phone) => phone.id === user.primaryPhoneNumberId) ?? verified[0];
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
