/**
 * Helpers for the element tests: a `<clerk-mfa-sign-in>` on a fake Clerk (see
 * `test/fakes/fake-clerk.ts`), real key presses, and a recorder of every event the
 * sign-in dispatches.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/clerk-mfa-sign-in.js';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { Step } from '../../src/flow/types.js';
import { FakeClerk } from '../fakes/fake-clerk.js';

export const signInEventNames = [
  'clerk-mfa-ready',
  'clerk-mfa-status-change',
  'clerk-mfa-code-sent',
  'clerk-mfa-error',
  'clerk-mfa-complete',
] as const;

export interface RecordedEvent {
  readonly type: string;
  readonly detail: unknown;
  readonly bubbles: boolean;
  readonly composed: boolean;
  readonly cancelable: boolean;
}

/** Records every sign-in event that reaches `target` (the document by default, proving they bubble). */
export function recordSignInEvents(
  target: EventTarget = document,
): RecordedEvent[] & { stop(): void } {
  const recorded: RecordedEvent[] = [];
  const listener = (event: Event) => {
    recorded.push({
      type: event.type,
      detail: (event as Event & { detail: unknown }).detail,
      bubbles: event.bubbles,
      composed: event.composed,
      cancelable: event.cancelable,
    });
  };
  for (const name of signInEventNames) target.addEventListener(name, listener);
  return Object.assign(recorded, {
    stop() {
      for (const name of signInEventNames) target.removeEventListener(name, listener);
    },
  });
}

/** Renders `<clerk-mfa-sign-in>` with a fake Clerk and waits until it reaches `step`. */
export async function renderSignIn(
  clerk: FakeClerk = new FakeClerk(),
  step: Step = 'credentials',
): Promise<{ element: ClerkMfaSignIn; clerk: FakeClerk }> {
  const element = await fixture<ClerkMfaSignIn>(
    html`<clerk-mfa-sign-in .clerk=${clerk}></clerk-mfa-sign-in>`,
  );
  await waitForStep(element, step);
  return { element, clerk };
}

export async function waitForStep(element: ClerkMfaSignIn, step: Step): Promise<void> {
  await waitUntil(
    () => element.state.step === step,
    `expected step ${step}, still ${JSON.stringify(element.state)}`,
    { timeout: 5000 },
  );
  await settle(element);
}

/** Waits for the sign-in and its steps to finish rendering. */
export async function settle(element: ClerkMfaSignIn): Promise<void> {
  await element.updateComplete;
  for (const step of element.querySelectorAll(
    'clerk-credentials-step, clerk-code-step, clerk-new-password-step',
  )) {
    await (step as ClerkMfaSignIn).updateComplete;
  }
}

/** The input a visible step element labels `field`. */
export function input(
  element: HTMLElement,
  field: 'identifier' | 'password' | 'code',
): HTMLInputElement {
  const found = [
    ...element.querySelectorAll<HTMLInputElement>(`input[data-field="${field}"]`),
  ].find((candidate) => !candidate.closest('[hidden]'));
  if (!found) throw new Error(`no visible ${field} input`);
  return found;
}

/** The visible button whose text contains `text`, in light DOM or in the sign-in's shadow root. */
export function button(element: ClerkMfaSignIn, text: string): HTMLButtonElement {
  const candidates = [
    ...element.querySelectorAll<HTMLButtonElement>('button'),
    ...(element.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? []),
  ];
  const found = candidates.find(
    (candidate) => !candidate.closest('[hidden]') && candidate.textContent?.includes(text),
  );
  if (!found) throw new Error(`no visible button with text "${text}"`);
  return found;
}

/**
 * Splits `text` where a character repeats: WebKitWebDriver drops the second of two
 * equal keys sent in one sequence (`password` arrives as `pasword`).
 */
function keySequencesWithoutRepeats(text: string): string[] {
  const sequences: string[] = [];
  let current = '';
  for (const character of text) {
    if (current.endsWith(character)) {
      sequences.push(current);
      current = '';
    }
    current += character;
  }
  if (current) sequences.push(current);
  return sequences;
}

/** Focuses `target` and types `text` with real key presses. */
export async function typeInto(target: HTMLInputElement, text: string): Promise<void> {
  target.focus();
  for (const sequence of keySequencesWithoutRepeats(text)) await sendKeys({ type: sequence });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Asserts that `expected` has focus. Compares identities and reports names only:
 * chai's message for two unequal elements can take very long to format.
 */
export function expectFocused(expected: Element, message: string): void {
  const active = deepActiveElement();
  if (active !== expected) {
    const describe = (element: Element | null) =>
      element
        ? `<${element.localName}${element.id ? ` id=${element.id}` : ''}> "${element.textContent?.trim().slice(0, 40) ?? ''}"`
        : 'nothing';
    throw new Error(
      `${message}: expected focus on ${describe(expected)}, found ${describe(active)}`,
    );
  }
}

/** Signs in through the credentials form with real key presses. */
export async function submitCredentials(
  element: ClerkMfaSignIn,
  email: string,
  password: string,
): Promise<void> {
  await typeInto(input(element, 'identifier'), email);
  await typeInto(input(element, 'password'), password);
  await press('Enter');
}
