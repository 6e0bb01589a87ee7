/**
 * How a code is read from what the user typed, pasted or had filled in: one function,
 * used by the code input as the user types and by the flow before it sends a code.
 */
import type { CodeStrategy } from './types.js';

/** Digits in a numeric code: authenticator apps, SMS and email codes all have six. */
const numericCodeLength = 6;

/**
 * Six digits, possibly grouped with spaces or dashes (`123 456`, `123-456`), standing
 * alone: not part of a longer run of digits.
 */
const sixDigitGroup = /(?<!\d)\d(?:[\s-]?\d){5}(?!\d)/;

/**
 * The code as Clerk expects it. A numeric code is the first group of six digits in the
 * text (in any script's digits), so that `Your code is 123 456. It expires in 10 minutes.` gives `123456`; without
 * such a group, every digit of the text, in order. Backup codes are letters and digits:
 * trimmed, lower-cased, spaces removed.
 */
export function normalizeCode(strategy: CodeStrategy, text: string): string {
  if (strategy === 'backup_code') return text.trim().toLowerCase().replace(/\s+/g, '');
  const asciiDigits = text.replace(/\p{Nd}/gu, asciiDigit);
  const group = sixDigitGroup.exec(asciiDigits)?.[0] ?? asciiDigits;
  return group.replace(/\D+/g, '');
}

/**
 * The ASCII digit of any decimal digit (Arabic-Indic `٣`, Devanagari `३`, full-width `３`…),
 * so that a code typed on any keyboard is the code. Unicode keeps each script's digits
 * as a run from zero to nine: the digit is its distance from the start of its run.
 */
function asciiDigit(digit: string): string {
  const codePoint = digit.codePointAt(0)!;
  if (codePoint < 0x80) return digit;
  let runStart = codePoint;
  while (/\p{Nd}/u.test(String.fromCodePoint(runStart - 1))) runStart -= 1;
  return String((codePoint - runStart) % 10);
}

/** A backup code as Clerk issues them: letters and digits, possibly grouped with dashes. */
const backupCodeShape = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a normalised code can be right for `strategy`: six digits for a numeric code,
 * letters and digits (4 to 32 of them) for a backup code. A code that cannot be right is
 * refused before it is sent, so it never counts toward a lockout.
 */
export function isPlausibleCode(strategy: CodeStrategy, normalized: string): boolean {
  if (strategy === 'backup_code') {
    const characters = normalized.replace(/-/g, '').length;
    return backupCodeShape.test(normalized) && characters >= 4 && characters <= 32;
  }
  return normalized.length === numericCodeLength && /^\d+$/.test(normalized);
}

/** What a normalised code is, as far as can be told before sending it. */
export function codeShape(
  strategy: CodeStrategy,
  normalized: string,
): 'missing' | 'implausible' | 'plausible' {
  if (normalized === '') return 'missing';
  return isPlausibleCode(strategy, normalized) ? 'plausible' : 'implausible';
}
