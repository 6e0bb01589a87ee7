/**
 * End to end: the session outlives the page, and signing out ends it. A test page
 * cannot reload itself under web-test-runner, so a second page — the sign-in page of
 * `fixtures/sign-in-page.html` in an iframe, with its own clerk-js — is loaded and
 * reloaded, the way a browser tab would be, with the same cookies.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { CompleteDetail, Step } from '../../src/flow/types.js';
import { button, recordSignInEvents, submitCredentials } from '../elements/element-harness.js';
import {
  demoPassword,
  emulatorSelection,
  proxyUrl,
  renderSignInWithRealClerk,
  useEmulatorOfThisBrowser,
  visibleHeading,
  waitForStepOf,
} from './support/emulator-page.js';

/** What `GET /v1/client` answers about the browser's client: its session ids. */
async function sessionsOfThisBrowser(): Promise<string[]> {
  const answer = (await (await fetch(`${proxyUrl}/v1/client`)).json()) as {
    response: { sessions: Array<{ id: string }> } | null;
  };
  return answer.response?.sessions.map((session) => session.id) ?? [];
}

/** The sign-in page in an iframe; every load of it is counted. */
class SignInPageFrame {
  readonly frame = document.createElement('iframe');
  loads = 0;

  async open(): Promise<void> {
    const query = new URLSearchParams({
      'publishable-key': emulatorSelection().publishableKey,
      'proxy-url': proxyUrl,
    });
    this.frame.title = 'Sign-in page';
    this.frame.src = `/test/e2e/fixtures/sign-in-page.html?${query}`;
    this.frame.addEventListener('load', () => (this.loads += 1));
    document.body.append(this.frame);
    await this.nextLoad(1);
  }

  async reload(): Promise<void> {
    const loadsBefore = this.loads;
    this.frame.contentWindow!.location.reload();
    await this.nextLoad(loadsBefore + 1);
  }

  /** The page's `<clerk-mfa-sign-in>`, once clerk-js has loaded and it shows `step`. */
  async signInShowing(step: Step): Promise<ClerkMfaSignIn> {
    await waitUntil(
      () => {
        const state = this.signIn()?.state;
        return state !== undefined && state.step === step && !state.busy;
      },
      `expected the sign-in page to show ${step}, it shows ${this.signIn()?.state.step}`,
      { timeout: 10_000 },
    );
    const signIn = this.signIn()!;
    await waitForStepOf(signIn, step);
    return signIn;
  }

  close(): void {
    this.frame.remove();
  }

  private signIn(): ClerkMfaSignIn | null {
    return this.frame.contentDocument?.querySelector('clerk-mfa-sign-in') ?? null;
  }

  private async nextLoad(count: number): Promise<void> {
    await waitUntil(() => this.loads >= count, 'the sign-in page loads', { timeout: 10_000 });
  }
}

describe('sign-in with real clerk-js: session', () => {
  useEmulatorOfThisBrowser();

  let signInPage: SignInPageFrame;
  beforeEach(() => {
    signInPage = new SignInPageFrame();
  });
  afterEach(() => signInPage.close());

  /** Signs in on this page with real key presses; resolves the new session's id. */
  async function signInHere(): Promise<string> {
    const element = await renderSignInWithRealClerk();
    const events = recordSignInEvents(element);
    await submitCredentials(element, 'no-mfa@example.com', demoPassword);
    await waitForStepOf(element, 'complete');
    return (events.find((event) => event.type === 'clerk-mfa-complete')!.detail as CompleteDetail)
      .sessionId;
  }

  it('a reload keeps the session: the page shows who is signed in instead of the form', async () => {
    const sessionId = await signInHere();
    expect(await sessionsOfThisBrowser()).to.deep.equal([sessionId]);

    await signInPage.open();
    let signedIn = await signInPage.signInShowing('signed-in');
    expect(visibleHeading(signedIn)).to.equal('Signed in as \u2068Nora Password\u2069');
    expect(button(signedIn, 'Sign out')).to.exist;

    await signInPage.reload();
    signedIn = await signInPage.signInShowing('signed-in');
    expect(visibleHeading(signedIn)).to.equal('Signed in as \u2068Nora Password\u2069');
    expect(await sessionsOfThisBrowser()).to.deep.equal([sessionId]);
  });

  it('sign-out: ends the session on the same page, which shows the form, also after a reload', async () => {
    await signInHere();
    await signInPage.open();
    const signedIn = await signInPage.signInShowing('signed-in');

    button(signedIn, 'Sign out').click();
    await waitUntil(() => signedIn.state.step === 'credentials', 'signing out ends', {
      timeout: 5000,
    });
    // clerk-js navigates to the instance's after-sign-out URL unless told otherwise, just
    // after signing out: give such a navigation a moment to show.
    const navigated = await waitUntil(() => signInPage.loads > 1, '', { timeout: 1000 }).then(
      () => true,
      () => false,
    );
    expect(navigated, 'signing out stays on the page').to.be.false;
    await waitForStepOf(signedIn, 'credentials');
    expect(visibleHeading(signedIn)).to.equal('Sign in to \u2068Clerk emulator\u2069');
    expect(await sessionsOfThisBrowser()).to.deep.equal([]);

    await signInPage.reload();
    await signInPage.signInShowing('credentials');
  });
});
