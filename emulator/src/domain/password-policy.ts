import { FapiError, fapiErrors } from './errors.js';
import type { User } from './model.js';
import { verifyPassword } from './passwords.js';

/**
 * What a new password must be, as the environment states it in
 * `user_settings.password_settings` (`min_length`, `require_numbers`, …).
 */
export interface PasswordRules {
  readonly minLength: number;
  readonly maxLength: number;
  readonly requireNumbers: boolean;
  readonly requireUppercase: boolean;
  readonly requireLowercase: boolean;
  readonly requireSpecialChar: boolean;
}

/** Clerk's defaults for a new instance: 8 to 72 characters, no character classes required. */
export const DEFAULT_PASSWORD_RULES: PasswordRules = {
  minLength: 8,
  maxLength: 72,
  requireNumbers: false,
  requireUppercase: false,
  requireLowercase: false,
  requireSpecialChar: false,
};

/** The characters that count as special (`password_settings.allowed_special_characters`). */
export const SPECIAL_CHARACTERS = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/** Clerk stores passwords with bcrypt, which reads at most 72 bytes. */
export const MAX_PASSWORD_BYTES = 72;

/**
 * Stand-in for Clerk's breach check (Have I Been Pwned): a short list of passwords known
 * from breaches, compared exactly. A new password on this list answers `form_password_pwned`.
 */
export const BREACHED_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'password1',
  'password123',
  'Password1',
  'Password1!',
  'Password123',
  'Password123!',
  '12345678',
  '123456789',
  '1234567890',
  'qwertyuiop',
  'qwerty123',
  'iloveyou',
  'sunshine1',
  'letmein123',
  'football1',
  'welcome123',
  'abc12345',
  'admin123',
  '11111111',
]);

/**
 * Checks a new password for `user`; throws Clerk's errors for one it refuses, every broken
 * rule of length and character classes at once, otherwise the first of: too many bytes,
 * the user's own e-mail address, a breached password, the current password.
 * `paramName` is the form field the errors name (`password` or `new_password`).
 */
export function assertAcceptableNewPassword(
  password: string,
  user: User,
  rules: PasswordRules,
  paramName: string,
): void {
  const characters = [...password];
  const broken: FapiError[] = [];
  if (characters.length < rules.minLength)
    broken.push(fapiErrors.formPasswordLengthTooShort(paramName, rules.minLength));
  if (characters.length > rules.maxLength)
    broken.push(fapiErrors.formPasswordLengthTooLong(paramName, rules.maxLength));
  if (rules.requireLowercase && !/\p{Ll}/u.test(password))
    broken.push(fapiErrors.formPasswordNoLowercase(paramName));
  if (rules.requireUppercase && !/\p{Lu}/u.test(password))
    broken.push(fapiErrors.formPasswordNoUppercase(paramName));
  if (rules.requireNumbers && !/\p{Nd}/u.test(password))
    broken.push(fapiErrors.formPasswordNoNumber(paramName));
  if (rules.requireSpecialChar && !characters.some((char) => SPECIAL_CHARACTERS.includes(char)))
    broken.push(fapiErrors.formPasswordNoSpecialChar(paramName));
  const [first, ...rest] = broken;
  if (first !== undefined) throw FapiError.all([first, ...rest]);
  if (Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES)
    throw fapiErrors.formPasswordSizeInBytesExceeded(paramName, MAX_PASSWORD_BYTES);
  if (password.toLowerCase() === user.email.toLowerCase())
    throw fapiErrors.formPasswordMatchesIdentifier(paramName);
  if (BREACHED_PASSWORDS.has(password)) throw fapiErrors.formPasswordPwned(paramName);
  if (verifyPassword(password, user.passwordHash))
    throw fapiErrors.formNewPasswordMatchesCurrent(paramName);
}
