/**
 * How a code is read from what the user typed, pasted or had filled in: one function,
 * used by the code input as the user types and by the flow before it sends a code.
 */
import type { CodeStrategy } from './types.js';

/** Digits in a numeric code: authenticator apps, SMS and email codes all have six. */
export const numericCodeLength = 6;

/**
 * Six digits, possibly grouped with spaces or dashes (`123 456`, `123-456`), standing
 * alone: not part of a longer run of digits.
 */
const sixDigitGroup = /(?<!\d)\d(?:[\s-]?\d){5}(?!\d)/;

/**
 * The code as Clerk expects it. A numeric code is the first group of six digits in the
 * text, so that `Your code is 123 456. It expires in 10 minutes.` gives `123456`; without
 * such a group, every digit of the text, in order. Backup codes are letters and digits:
 * trimmed, lower-cased, spaces removed.
 */
export function normalizeCode(strategy: CodeStrategy, text: string): string {
  if (strategy === 'backup_code') return text.trim().toLowerCase().replace(/\s+/g, '');
  const group = sixDigitGroup.exec(text)?.[0] ?? text;
  return group.replace(/\D+/g, '');
}
