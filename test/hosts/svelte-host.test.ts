/**
 * `<clerk-mfa-sign-in>` inside a Svelte 5 application: the page `svelte/SignInPage.svelte`,
 * compiled by Svelte's compiler (`scripts/framework-host-bundles.mjs`), mounted with
 * Svelte's `mount`.
 *
 * Svelte 5 sets an attribute on a custom element as a DOM property when the element has
 * a property of that name (`{clerk}`), and as an attribute otherwise (`redirect-url`,
 * `resend-delay`). An event attribute `onclerk-mfa-complete` listens for
 * `clerk-mfa-complete`, the event's exact name.
 */
import { expect } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import type { ClerkMfaCompleteEvent } from '../../src/events.js';
import type { FakeClerk } from '../fakes/fake-clerk.js';
import {
  clearRedirectHash,
  expectConfiguredByHost,
  expectKeptAcrossRerender,
  expectRemountedWithoutSecondCode,
  expectSignedInThroughHost,
  fakeClerkWithSmsSecondFactor,
  hostResendDelaySeconds,
  recordAttributesSetAfterInsertion,
  recordConsoleWarnings,
  renderedSignIn,
} from './host-harness.js';
import SignInPage from './svelte/SignInPage.svelte';

const redirectHash = '#signed-in-with-svelte';

/** What `SignInPage.svelte` exports. */
interface SignInPageExports {
  rerender(): void;
  configure(configuration: { redirectUrl: string; resendDelay: number }): void;
}

describe('<clerk-mfa-sign-in> in a Svelte 5 application', () => {
  let container: HTMLElement;
  let page: SignInPageExports | undefined;
  let consoleWarnings: ReturnType<typeof recordConsoleWarnings>;

  /** Mounts the page, then gives it its configuration, as once it has loaded. */
  function mountPage(clerk: FakeClerk, completions: ClerkMfaCompleteEvent[]): SignInPageExports {
    const mounted = mount(SignInPage, {
      target: container,
      props: { clerk, onComplete: (event: ClerkMfaCompleteEvent) => completions.push(event) },
    }) as SignInPageExports;
    flushSync();
    mounted.configure({ redirectUrl: redirectHash, resendDelay: hostResendDelaySeconds });
    page = mounted;
    return mounted;
  }

  async function unmountPage(): Promise<void> {
    if (page) await unmount(page);
    page = undefined;
  }

  beforeEach(() => {
    consoleWarnings = recordConsoleWarnings();
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(async () => {
    await unmountPage();
    container.remove();
    consoleWarnings.stop();
    clearRedirectHash();
  });

  it('gets Clerk from Svelte and its attributes once in the page, signs in with key presses, reports completion to the Svelte handler, survives a re-render and unmounts cleanly', async () => {
    const clerk = fakeClerkWithSmsSecondFactor();
    const completions: ClerkMfaCompleteEvent[] = [];
    const attributes = recordAttributesSetAfterInsertion(container);
    const mounted = mountPage(clerk, completions);

    const element = await renderedSignIn(container);
    expect(attributes.of(element)).to.include.members(['redirect-url', 'resend-delay']);
    attributes.stop();
    expectConfiguredByHost(element, clerk, redirectHash);
    await expectKeptAcrossRerender(element, container, () => mounted.rerender(), 'Svelte');
    await expectSignedInThroughHost(element, clerk, completions, redirectHash);

    await unmountPage();
    expect(element.isConnected).to.equal(false);
    expect(container.childElementCount).to.equal(0);
    expect([...consoleWarnings]).to.deep.equal([]);
  });

  it('unmounted at the code step and mounted again, sends no second SMS, leaves no listener behind and signs in with the new sign-in', async () => {
    const clerk = fakeClerkWithSmsSecondFactor(2);
    const completions: ClerkMfaCompleteEvent[] = [];
    await expectRemountedWithoutSecondCode(
      { mount: () => void mountPage(clerk, completions), unmount: unmountPage },
      container,
      clerk,
      completions,
      redirectHash,
    );
    expect([...consoleWarnings]).to.deep.equal([]);
  });
});
