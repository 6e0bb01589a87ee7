import { randomInt } from 'node:crypto';

/** A message the emulator "sent" instead of texting or e-mailing a real person. */
export interface OutboxMessage {
  /** Phone number (SMS) or e-mail address the code was sent to. */
  readonly to: string;
  readonly channel: 'sms' | 'email';
  readonly code: string;
  /** Epoch milliseconds. */
  readonly sentAt: number;
  /** Primary e-mail address of the user the code belongs to. */
  readonly userEmail: string;
  /** The sign-in the code was prepared for. */
  readonly signInId: string;
  /** `phone_code` or `email_code`. */
  readonly strategy: 'phone_code' | 'email_code';
}

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
