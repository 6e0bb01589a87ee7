/**
 * End to end: a session ended in another tab. The other tab is the sign-in page of
 * `fixtures/sign-in-page.html` in an iframe, with its own clerk-js and the same cookies;
 * clerk-js tells the tabs of a sign-out, and the form here follows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { recordSignInEvents, submitCredentials } from '../elements/element-harness.js';
import {
  demoPassword,
  emulatorSelection,
  proxyUrl,
  renderSignInWithRealClerk,
  useEmulatorOfThisBrowser,
  visibleHeading,
  waitForStepOf,
} from './support/emulator-page.js';

describe('sign-in with real clerk-js: another tab', () => {
  useEmulatorOfThisBrowser();

  it('shows the form again when another tab signs out', async () => {
    const element = await renderSignInWithRealClerk();
    await submitCredentials(element, 'no-mfa@example.com', demoPassword);
    await waitForStepOf(element, 'complete');

    const frame = document.createElement('iframe');
    const query = new URLSearchParams({
      'publishable-key': emulatorSelection().publishableKey,
      'proxy-url': proxyUrl,
    });
    frame.src = `/test/e2e/fixtures/sign-in-page.html?${query}`;
    document.body.append(frame);
    try {
      const otherTab = () =>
        frame.contentDocument?.querySelector('clerk-mfa-sign-in') as ClerkMfaSignIn | null;
      await waitUntil(() => otherTab()?.state.step === 'signed-in', 'the other tab is signed in', {
        timeout: 10_000,
      });
      const events = recordSignInEvents(element);
      await otherTab()!.signOut();
      await waitUntil(() => element.state.step === 'credentials', 'this tab follows', {
        timeout: 10_000,
      });
      await element.updateComplete;
      expect(visibleHeading(element)).to.equal('Sign in to \u2068Clerk emulator\u2069');
      expect(element.state.user).to.equal(null);
      expect(events.map((event) => event.type)).to.include('clerk-mfa-status-change');
    } finally {
      frame.remove();
    }
  });
});
