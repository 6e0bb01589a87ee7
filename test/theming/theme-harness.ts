/**
 * What the theming tests share: colours compared whatever syntax an engine serializes
 * them in, the light and dark default palettes as a user sees them (the computed colours
 * of the element, its text, its submit button, its inputs), and axe's colour-contrast
 * check of a sign-in showing an error.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { input, press, settle } from '../elements/element-harness.js';

type Rgba = readonly [number, number, number, number];

const canvasContext = (() => {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  return canvas.getContext('2d', { willReadFrequently: true })!;
})();

/**
 * A CSS colour as red, green, blue and alpha bytes: engines serialize computed colours
 * differently (`rgb(…)`, or `color(srgb …)` for a `color-mix()`), a canvas reads them all.
 */
export function rgba(color: string): Rgba {
  canvasContext.clearRect(0, 0, 1, 1);
  canvasContext.fillStyle = 'rgba(0, 0, 0, 0)';
  canvasContext.fillStyle = color;
  canvasContext.fillRect(0, 0, 1, 1);
  const [red = 0, green = 0, blue = 0, alpha = 0] = canvasContext.getImageData(0, 0, 1, 1).data;
  return [red, green, blue, alpha];
}

/** Asserts that two CSS colours are the same, within one step per channel (rounding). */
export function expectColor(actual: string, expected: string, what: string): void {
  const [actualRgba, expectedRgba] = [rgba(actual), rgba(expected)];
  const close = actualRgba.every((value, index) => Math.abs(value - expectedRgba[index]) <= 1);
  expect(close, `${what}: ${actual} (${actualRgba.join(', ')}), expected ${expected}`).to.equal(
    true,
  );
}

/** `color-mix(in srgb, first share%, second)`, computed here to check the element's. */
export function mix(first: string, share: number, second: string): string {
  const [a, b] = [rgba(first), rgba(second)];
  const channel = (index: number) => Math.round(a[index] * share + b[index] * (1 - share));
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/** The colours a palette gives what a user sees. */
export interface Palette {
  readonly colorScheme: 'light' | 'dark';
  readonly background: string;
  readonly text: string;
  readonly primary: string;
  readonly onPrimary: string;
  readonly mutedText: string;
  readonly neutral: string;
}

export const lightPalette: Palette = {
  colorScheme: 'light',
  background: '#ffffff',
  text: '#1b1d22',
  primary: '#2f3bd6',
  onPrimary: '#ffffff',
  mutedText: '#575d6b',
  neutral: '#15171c',
};

export const darkPalette: Palette = {
  colorScheme: 'dark',
  background: '#1b1c21',
  text: '#eceef3',
  primary: '#9ea6ff',
  onPrimary: '#10132e',
  mutedText: '#abb1be',
  neutral: '#f4f5f7',
};

/** The credentials step's submit button. */
export function submitButton(element: ClerkMfaSignIn): HTMLButtonElement {
  return element.querySelector<HTMLButtonElement>('clerk-credentials-step button[type=submit]')!;
}

/** Asserts the computed colours of the sign-in's credentials step against `palette`. */
export function expectPalette(element: ClerkMfaSignIn, palette: Palette): void {
  const host = getComputedStyle(element);
  const submit = getComputedStyle(submitButton(element));
  const email = getComputedStyle(input(element, 'identifier'));
  const subtitle = getComputedStyle(element.querySelector('.clerk-mfa-subtitle')!);
  const name = palette.colorScheme;
  expect(host.colorScheme, `${name}: color-scheme`).to.equal(palette.colorScheme);
  expectColor(host.backgroundColor, palette.background, `${name}: background`);
  expectColor(host.color, palette.text, `${name}: text`);
  expectColor(submit.backgroundColor, palette.primary, `${name}: submit button`);
  expectColor(submit.color, palette.onPrimary, `${name}: submit button text`);
  expectColor(subtitle.color, palette.mutedText, `${name}: subtitle`);
  expectColor(email.backgroundColor, palette.background, `${name}: input background`);
  expectColor(email.color, palette.text, `${name}: input text`);
  expectColor(
    email.borderTopColor,
    mix(palette.neutral, 0.5, palette.background),
    `${name}: input border`,
  );
}

/** Sends the empty credentials form, so that it shows an error under the email field. */
export async function showFieldError(element: ClerkMfaSignIn): Promise<void> {
  input(element, 'identifier').focus();
  await press('Enter');
  await waitUntil(() => element.state.error !== null, 'no error shown');
  await settle(element);
}

/**
 * Runs axe's colour-contrast rule on `element`: every text it checked passes, and
 * none was left undecided.
 */
export async function expectReadableContrast(element: Element, what: string): Promise<void> {
  // @ts-expect-error The browser build has no declarations; it registers `window.axe`.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const results: AxeResults = await axe.run(element, { runOnly: ['color-contrast'] });
  const describe = (items: AxeResults['violations']) =>
    items.flatMap((item) => item.nodes.map((node) => `${node.html}: ${node.failureSummary ?? ''}`));
  expect(describe(results.violations), `${what}: contrast violations`).to.deep.equal([]);
  expect(describe(results.incomplete), `${what}: contrast axe could not decide`).to.deep.equal([]);
  expect(
    results.passes.flatMap((pass) => pass.nodes).length,
    `${what}: texts axe checked`,
  ).to.be.greaterThan(3);
}
