/**
 * What the React and Vue host tests share: a fake Clerk scripted for a sign-in with an
 * SMS code, the sign-in itself through the default steps with real key presses, and a
 * recorder of what the framework logs as a warning or an error.
 *
 * The framework itself (rendering, passing the `clerk` property and the attributes,
 * binding the event, re-rendering, unmounting) is left to each host test; what it must
 * have achieved is checked here, the same for every host.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/clerk-mfa-sign-in.js';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { ClerkMfaCompleteEvent, CodeSentDetail } from '../../src/events.js';
import {
  FakeClerk,
  fakeFactors,
  fakeSessionId,
  fakeUser,
  needsSecondFactor,
  signInComplete,
} from '../fakes/fake-clerk.js';
import {
  input,
  press,
  recordSignInEvents,
  typeInto,
  waitForStep,
} from '../elements/element-harness.js';

const hostEmail = 'ada@example.com';
const hostPassword = 'secret-password';
const hostSmsCode = '123456';

/** A fake Clerk that asks for an SMS code after the password, sends it, and accepts it. */
export function fakeClerkWithSmsSecondFactor(): FakeClerk {
  return new FakeClerk()
    .respond('signIn.create', needsSecondFactor(fakeFactors.phoneCode))
    .respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode))
    .respond('signIn.attemptSecondFactor', signInComplete());
}

/** The `<clerk-mfa-sign-in>` the framework rendered, once it shows the credentials form. */
export async function renderedSignIn(container: HTMLElement): Promise<ClerkMfaSignIn> {
  await waitUntil(
    () => container.querySelector('clerk-mfa-sign-in') !== null,
    'the framework did not render <clerk-mfa-sign-in>',
  );
  const element = container.querySelector('clerk-mfa-sign-in')!;
  await waitForStep(element, 'credentials');
  return element;
}

/** The steps the sign-in created for itself, in order. */
function defaultSteps(element: ClerkMfaSignIn): Element[] {
  return [...element.children].filter((child) =>
    ['clerk-credentials-step', 'clerk-code-step'].includes(child.localName),
  );
}

/**
 * Given the email already typed into the credentials form: types the password, sends
 * it with Enter, types the SMS code, and waits for completion. Resolves to the
 * `clerk-mfa-code-sent` detail and the times between which the code was sent.
 */
async function finishSignInWithSmsCode(element: ClerkMfaSignIn): Promise<{
  codeSent: CodeSentDetail;
  sentAfter: number;
  sentBefore: number;
}> {
  const events = recordSignInEvents(element);
  try {
    await typeInto(input(element, 'password'), hostPassword);
    const sentAfter = Date.now();
    await press('Enter');
    await waitForStep(element, 'second-factor');
    await waitUntil(
      () => events.some((event) => event.type === 'clerk-mfa-code-sent'),
      'no clerk-mfa-code-sent',
    );
    const sentBefore = Date.now();
    await typeInto(input(element, 'code'), hostSmsCode);
    await waitForStep(element, 'complete');
    const codeSent = events.find((event) => event.type === 'clerk-mfa-code-sent')!
      .detail as CodeSentDetail;
    return { codeSent, sentAfter, sentBefore };
  } finally {
    events.stop();
  }
}

/** Asserts that the sign-in asked for the code to be resent after `seconds`, not its default 30. */
function expectResendDelay(
  sent: { codeSent: CodeSentDetail; sentAfter: number; sentBefore: number },
  seconds: number,
): void {
  expect(sent.codeSent.resendAvailableAt).to.be.within(
    sent.sentAfter + seconds * 1000,
    sent.sentBefore + seconds * 1000,
  );
}

/** The delay every host test sets with `resend-delay`, instead of the default 30 s. */
export const hostResendDelaySeconds = 5;

/**
 * Asserts that the host passed the Clerk instance as a property (no attribute) and
 * `redirect-url` and `resend-delay` as attributes that reached their properties.
 */
export function expectConfiguredByHost(
  element: ClerkMfaSignIn,
  clerk: FakeClerk,
  redirectHash: string,
): void {
  expect(element.clerk, 'clerk, set as a property').to.equal(clerk);
  expect(element.hasAttribute('clerk')).to.equal(false);
  expect(element.getAttribute('redirect-url')).to.equal(redirectHash);
  expect(element.redirectUrl).to.equal(redirectHash);
  expect(element.resendDelay).to.equal(hostResendDelaySeconds);
}

/**
 * Types the email, has the host re-render its page (`rerender`; the page shows
 * "Rendered 2 times" once it did), and asserts that the same element, the same steps
 * and the typed email survived.
 */
export async function expectKeptAcrossRerender(
  element: ClerkMfaSignIn,
  container: HTMLElement,
  rerender: () => void,
  framework: string,
): Promise<void> {
  const stepsBeforeRerender = defaultSteps(element);
  expect(stepsBeforeRerender.map((step) => step.localName)).to.deep.equal([
    'clerk-credentials-step',
    'clerk-code-step',
  ]);
  await typeInto(input(element, 'identifier'), hostEmail);
  rerender();
  await waitUntil(
    () => container.querySelector('#render-count')?.textContent === 'Rendered 2 times',
    `${framework} did not re-render the page`,
  );
  expect(container.querySelector('clerk-mfa-sign-in')).to.equal(element);
  expect(defaultSteps(element)).to.deep.equal(stepsBeforeRerender);
  expect(input(element, 'identifier').value).to.equal(hostEmail);
}

/**
 * Finishes the sign-in (the email is typed) and asserts what the host must have seen:
 * the resend delay it set, the credentials typed, one completion reported to its own
 * handler (`completions`), and the redirect to its `redirect-url`.
 */
export async function expectSignedInThroughHost(
  element: ClerkMfaSignIn,
  clerk: FakeClerk,
  completions: readonly ClerkMfaCompleteEvent[],
  redirectHash: string,
): Promise<void> {
  const sent = await finishSignInWithSmsCode(element);
  expectResendDelay(sent, hostResendDelaySeconds);
  expect(clerk.callsTo('signIn.create')[0]?.params).to.include({
    identifier: hostEmail,
    password: hostPassword,
  });
  expect(completions).to.have.length(1);
  expect(completions[0]?.detail).to.deep.equal({
    sessionId: fakeSessionId,
    userId: fakeUser.id,
  });
  await waitUntil(() => window.location.hash === redirectHash, 'no redirect to redirect-url');
}

/** Everything logged through `console.warn` and `console.error` until `stop()`. */
export function recordConsoleWarnings(): string[] & { stop(): void } {
  const logged: string[] = [];
  const originals = { warn: console.warn, error: console.error };
  for (const level of ['warn', 'error'] as const) {
    console[level] = (...parts: unknown[]) => {
      logged.push(`${level}: ${parts.map(String).join(' ')}`);
      originals[level].apply(console, parts);
    };
  }
  return Object.assign(logged, {
    stop() {
      console.warn = originals.warn;
      console.error = originals.error;
    },
  });
}

/** Takes the page back to its URL without the hash a redirect-url test navigated to. */
export function clearRedirectHash(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}
