/**
 * The single-file build for pages without a bundler, `dist/browser/clerk-mfa-elements.js`
 * (made by `npm run build`): one script registers the three elements, Lit included, and
 * exports what the root entry exports but the flow class; the sign-in imports its flow,
 * `clerk-mfa-sign-in-flow.js`, from beside it.
 * This file imports nothing else of the package, so the tags on this page come from
 * the bundle alone.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FakeClerk } from '../fakes/fake-clerk.js';

const bundleUrl = '/dist/browser/clerk-mfa-elements.js';

interface SignInLike extends HTMLElement {
  readonly state: { readonly step: string };
}

describe('the single-file browser build', () => {
  let bundle: Record<string, unknown>;
  before(async () => {
    bundle = (await import(/* @vite-ignore */ bundleUrl)) as Record<string, unknown>;
  });

  afterEach(() => {
    delete window.Clerk;
  });

  it('registers the three elements', () => {
    for (const tag of ['clerk-mfa-sign-in', 'clerk-credentials-step', 'clerk-code-step']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
  });

  it('exports the classes it registers and the event classes, as the root entry does', () => {
    expect(bundle.ClerkMfaSignIn).to.equal(customElements.get('clerk-mfa-sign-in'));
    expect(bundle.ClerkCredentialsStep).to.equal(customElements.get('clerk-credentials-step'));
    expect(bundle.ClerkCodeStep).to.equal(customElements.get('clerk-code-step'));
    expect(bundle.ClerkMfaCompleteEvent).to.be.a('function');
    expect(bundle.createTranslator).to.be.a('function');
    expect(bundle.SignInFlow, 'the flow is in a file of its own').to.equal(undefined);
  });

  it('holds no flow code: the sign-in imports its flow from the file beside it', async () => {
    const bundleText = await (await fetch(bundleUrl)).text();
    // The name of an event of the flow's state machine.
    expect(bundleText).not.to.include('credentials-submitted');
    window.Clerk = new FakeClerk({ loaded: false });
    const element = await fixture<SignInLike>(html`<clerk-mfa-sign-in></clerk-mfa-sign-in>`);
    await waitUntil(() => element.state.step === 'credentials', 'the form is ready');
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.endsWith('/dist/browser/clerk-mfa-sign-in-flow.js'))).to.equal(
      true,
    );
  });

  it('shows the form for the page\u2019s Clerk', async () => {
    window.Clerk = new FakeClerk({ loaded: false });
    const element = await fixture<SignInLike>(html`<clerk-mfa-sign-in></clerk-mfa-sign-in>`);
    await waitUntil(() => element.state.step === 'credentials', 'the form is ready');
    const email = element.querySelector<HTMLInputElement>('input[autocomplete="username"]');
    expect(email?.labels?.[0]?.textContent?.trim()).to.equal('Email address');
  });
});
