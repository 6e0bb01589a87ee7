/**
 * What the host tests (React, Vue, Svelte, Angular) share: a fake Clerk scripted for
 * sign-ins with an SMS code, the sign-in itself through the default steps with real key
 * presses, an unmount and mount again in the middle of a sign-in, and recorders of what
 * the framework logs as a warning or an error, of the attributes it sets after inserting
 * an element, and of the listeners it leaves on `window` and `document`.
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

/**
 * A fake Clerk that asks for an SMS code after the password, sends it, and accepts it,
 * for `signIns` sign-ins one after the other.
 */
export function fakeClerkWithSmsSecondFactor(signIns = 1): FakeClerk {
  const clerk = new FakeClerk();
  for (let count = 0; count < signIns; count += 1) {
    clerk
      .respond('signIn.create', needsSecondFactor(fakeFactors.phoneCode))
      .respond('signIn.prepareSecondFactor', needsSecondFactor(fakeFactors.phoneCode))
      .respond('signIn.attemptSecondFactor', signInComplete());
  }
  return clerk;
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

/** What the sign-in reported when it sent the SMS code, and the times between which it did. */
interface SentCode {
  readonly codeSent: CodeSentDetail;
  readonly sentAfter: number;
  readonly sentBefore: number;
}

/**
 * Given the email already typed into the credentials form: types the password, sends
 * it with Enter, and waits until the SMS code was sent.
 */
async function signInUntilCodeSent(element: ClerkMfaSignIn): Promise<SentCode> {
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
    const codeSent = events.find((event) => event.type === 'clerk-mfa-code-sent')!
      .detail as CodeSentDetail;
    return { codeSent, sentAfter, sentBefore };
  } finally {
    events.stop();
  }
}

/**
 * Given the email already typed into the credentials form: types the password, sends
 * it with Enter, types the SMS code, and waits for completion.
 */
async function finishSignInWithSmsCode(element: ClerkMfaSignIn): Promise<SentCode> {
  const sent = await signInUntilCodeSent(element);
  await typeInto(input(element, 'code'), hostSmsCode);
  await waitForStep(element, 'complete');
  return sent;
}

/** Asserts that the sign-in asked for the code to be resent after `seconds`, not its default 30. */
function expectResendDelay(sent: SentCode, seconds: number): void {
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

/**
 * Records what happens under `container` from now on, so a test can tell which
 * attributes of an element the framework set after inserting it into the page.
 */
export function recordAttributesSetAfterInsertion(container: HTMLElement): {
  of(element: Element): string[];
  stop(): void;
} {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(container, { childList: true, subtree: true, attributes: true });
  return {
    /** The attributes set on `element` after it (or an ancestor) was inserted under the container. */
    of(element) {
      records.push(...observer.takeRecords());
      const insertion = records.findIndex(
        (record) =>
          record.type === 'childList' &&
          [...record.addedNodes].some((node) => node.contains(element)),
      );
      if (insertion === -1)
        throw new Error(`<${element.localName}> was not inserted under the container`);
      const names = records
        .slice(insertion + 1)
        .filter((record) => record.type === 'attributes' && record.target === element)
        .map((record) => record.attributeName!);
      return [...new Set(names)];
    },
    stop() {
      observer.disconnect();
    },
  };
}

/**
 * Records the listeners added to `window` and `document` from now on and not removed
 * since: what a mounted page, and the elements in it, leave behind once unmounted.
 */
export function recordWindowAndDocumentListeners(): { stillAdded(): string[]; stop(): void } {
  interface AddedListener {
    readonly target: 'window' | 'document';
    readonly type: string;
    readonly listener: EventListenerOrEventListenerObject;
    readonly capture: boolean;
  }
  const added: AddedListener[] = [];
  const prototype = EventTarget.prototype;
  const { addEventListener, removeEventListener } = prototype;
  const targetName = (target: EventTarget) =>
    target === window ? 'window' : target === document ? 'document' : null;
  const capture = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  const indexOf = (entry: Omit<AddedListener, 'target'> & { target: string }) =>
    added.findIndex(
      (candidate) =>
        candidate.target === entry.target &&
        candidate.type === entry.type &&
        candidate.listener === entry.listener &&
        candidate.capture === entry.capture,
    );
  prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    const target = targetName(this);
    if (target && listener) {
      const entry = { target, type, listener, capture: capture(options) } as const;
      if (indexOf(entry) === -1) added.push(entry);
    }
    addEventListener.call(this, type, listener, options);
  };
  prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const target = targetName(this);
    if (target && listener) {
      const index = indexOf({ target, type, listener, capture: capture(options) });
      if (index !== -1) added.splice(index, 1);
    }
    removeEventListener.call(this, type, listener, options);
  };
  return {
    stillAdded: () => added.map(({ target, type }) => `${target}: ${type}`),
    stop() {
      prototype.addEventListener = addEventListener;
      prototype.removeEventListener = removeEventListener;
    },
  };
}

/** How a host test mounts its page into the container and unmounts it again. */
export interface HostMounting {
  mount(): void | Promise<void>;
  unmount(): void | Promise<void>;
}

/**
 * Mounts the page, signs in until the SMS code is sent, unmounts the page, mounts it
 * again and signs in with the new sign-in. Asserts that unmounting leaves no listener on
 * `window` or `document` that the page added; that mounting again shows a new sign-in at
 * the credentials step without sending another SMS; and that the new sign-in signs in,
 * reported once to the host's handler (`completions`), with one SMS per sign-in.
 */
export async function expectRemountedWithoutSecondCode(
  host: HostMounting,
  container: HTMLElement,
  clerk: FakeClerk,
  completions: readonly ClerkMfaCompleteEvent[],
  redirectHash: string,
): Promise<void> {
  const listeners = recordWindowAndDocumentListeners();
  try {
    await host.mount();
    const first = await renderedSignIn(container);
    await typeInto(input(first, 'identifier'), hostEmail);
    await signInUntilCodeSent(first);
    expect(clerk.callsTo('signIn.prepareSecondFactor')).to.have.length(1);

    await host.unmount();
    expect(first.isConnected).to.equal(false);
    expect(container.querySelector('clerk-mfa-sign-in')).to.equal(null);
    expect(listeners.stillAdded(), 'listeners left on window or document').to.deep.equal([]);

    await host.mount();
    const second = await renderedSignIn(container);
    expect(second).not.to.equal(first);
    expect(
      clerk.callsTo('signIn.prepareSecondFactor'),
      'an SMS sent by mounting again',
    ).to.have.length(1);
    await typeInto(input(second, 'identifier'), hostEmail);
    await expectSignedInThroughHost(second, clerk, completions, redirectHash);
    expect(clerk.callsTo('signIn.prepareSecondFactor'), 'one SMS per sign-in').to.have.length(2);
  } finally {
    listeners.stop();
  }
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
