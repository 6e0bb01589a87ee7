/**
 * The single-file build when the sign-in's flow file, which it imports from beside it,
 * cannot be fetched once (a CDN answering 503): the sign-in says it could not be loaded,
 * with a retry button, and the retry shows the form in every engine. (Firefox keeps a
 * failed module import failed for the page's life, so the build imports the file again
 * under a URL of its own, `src/browser.ts`.) The build is served by the test server under
 * `/flaky-browser-build/<page token>/` (`web-test-runner.config.mjs`), in an iframe of its
 * own.
 *
 * It is also the test of what the first screen's file holds: until the flow file arrives,
 * the page has only the first screen's messages (`firstScreenMessages`), and the form and
 * the load error must read in full with them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { FakeClerk } from '../fakes/fake-clerk.js';

/** Opens a page with `<clerk-mfa-sign-in>` and the flaky build; resolves its sign-in. */
async function openFlakyPage(): Promise<ClerkMfaSignIn> {
  const build = `/flaky-browser-build/${crypto.randomUUID()}/clerk-mfa-elements.js`;
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <clerk-mfa-sign-in></clerk-mfa-sign-in>
    <script type="module" src="${build}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  after(() => frame.remove());
  await loaded;
  const signIn = frame.contentDocument!.querySelector<ClerkMfaSignIn>('clerk-mfa-sign-in')!;
  await waitUntil(() => frame.contentWindow!.customElements.get('clerk-mfa-sign-in'));
  return signIn;
}

describe('the single-file build when its flow file fails to load once', () => {
  it('says the sign-in could not be loaded, and the retry loads it', async () => {
    const signIn = await openFlakyPage();
    signIn.clerk = new FakeClerk();
    await waitUntil(() => signIn.state.step === 'load-error', 'the load error is shown');
    await signIn.updateComplete;
    expect(signIn.state.error?.code).to.equal('clerk_load_failed');
    const retry = signIn.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]');
    expect(retry?.textContent?.trim()).to.equal('Try again');
    expect(signIn.shadowRoot!.querySelector('[part~="panel-heading"]')?.textContent).to.contain(
      'Sign-in could not be loaded.',
    );
    // The credentials step stays on screen under the load error, in words of its own file.
    const words = signIn.querySelector('clerk-credentials-step form')?.textContent ?? '';
    for (const expected of [
      'Sign in',
      'Welcome back!',
      'Email address',
      'Password',
      'Show password',
      'Continue',
    ]) {
      expect(words, 'the credentials step before the flow file arrived').to.contain(expected);
    }

    const errorsAfterRetry: string[] = [];
    signIn.addEventListener('clerk-mfa-error', (event) => errorsAfterRetry.push(event.detail.code));
    retry!.click();
    await waitUntil(() => signIn.state.step === 'credentials', 'the form is shown after the retry');
    expect(errorsAfterRetry).to.deep.equal([]);
  });
});
