/**
 * Under a nonce-based Content Security Policy (`script-src 'nonce-…'`, sent in a header):
 * with the page's nonce in its `nonce` attribute, `<clerk-mfa-sign-in>` loads clerk-js from
 * the emulator and signs in; without it, the browser refuses clerk-js and the element
 * shows that Clerk could not be loaded. The page is `fixtures/nonce-page.html` in an
 * iframe, so that the policy applies to it alone.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { Step } from '../../src/flow/types.js';
import {
  currentTotpCode,
  demoPassword,
  emulatorSelection,
  proxyUrl,
  useEmulatorOfThisBrowser,
} from '../e2e/support/emulator-page.js';

const nonce = 'clerk-mfa-test-nonce';

/** The nonce page in an iframe, with the element's attributes (and the build to use) in its query. */
async function openNoncePage(
  withNonce: boolean,
  build: 'define-modules' | 'single-file' = 'define-modules',
): Promise<HTMLIFrameElement> {
  const query = new URLSearchParams({
    'publishable-key': emulatorSelection().publishableKey,
    'proxy-url': proxyUrl,
    ...(withNonce ? { nonce } : {}),
    build,
  });
  const frame = document.createElement('iframe');
  frame.title = 'Sign-in page under a nonce-based CSP';
  frame.src = `/test/csp/fixtures/nonce-page.html?${query}`;
  document.body.append(frame);
  await waitUntil(() => signInOf(frame) !== null, 'the page shows the sign-in', {
    timeout: 10_000,
  });
  return frame;
}

function signInOf(frame: HTMLIFrameElement): ClerkMfaSignIn | null {
  return frame.contentDocument?.querySelector<ClerkMfaSignIn>('clerk-mfa-sign-in') ?? null;
}

/**
 * The policy violations of the page's own scripts. The test server adds a script tag of its
 * own to every HTML page it serves (`/__web-dev-server__web-socket.js`, without the nonce);
 * whether its refusal is reported before or after the page starts listening depends on
 * the engine, and it is not the package's.
 */
function violationsOf(frame: HTMLIFrameElement): Array<{ directive: string; blockedUri: string }> {
  return (frame.contentWindow as Window).cspViolations.filter(
    ({ blockedUri }) => !blockedUri.endsWith('/__web-dev-server__web-socket.js'),
  );
}

async function waitForStepIn(frame: HTMLIFrameElement, step: Step): Promise<ClerkMfaSignIn> {
  const signIn = signInOf(frame)!;
  await waitUntil(
    () => signIn.state.step === step && !signIn.state.busy,
    `expected ${step}, still ${signIn.state.step}`,
    { timeout: 20_000 },
  );
  await signIn.updateComplete;
  return signIn;
}

/** Fills a form field of the page and submits its form, as the user would. */
function submitField(signIn: ClerkMfaSignIn, values: Record<string, string>): void {
  let form: HTMLFormElement | null = null;
  for (const [field, value] of Object.entries(values)) {
    const input = [
      ...signIn.querySelectorAll<HTMLInputElement>(`input[data-field="${field}"]`),
    ].find((candidate) => !candidate.closest('[hidden]'))!;
    input.value = value;
    form = input.form;
  }
  form!.requestSubmit();
}

describe('<clerk-mfa-sign-in> under a nonce-based Content Security Policy', () => {
  useEmulatorOfThisBrowser();
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('loads clerk-js with the nonce of its attribute and signs in', async function () {
    // A page of its own that downloads clerk-js cold, then a whole sign-in: slow on a busy machine.
    this.timeout(30_000);
    frame = await openNoncePage(true);
    const signIn = await waitForStepIn(frame, 'credentials');
    const script = frame.contentDocument!.querySelector<HTMLScriptElement>(
      'script[src*="clerk.browser.js"]',
    )!;
    expect(script.nonce, 'the clerk-js script carries the nonce').to.equal(nonce);
    expect(signIn.nonce).to.equal(nonce);
    expect(signIn.getAttribute('nonce'), 'the browser hid the attribute').to.equal('');

    submitField(signIn, { identifier: 'totp@example.com', password: demoPassword });
    await waitForStepIn(frame, 'second-factor');
    signIn.addEventListener('clerk-mfa-complete', (event) => event.preventDefault());
    submitField(signIn, { code: await currentTotpCode('totp@example.com') });
    await waitForStepIn(frame, 'complete');
    expect(violationsOf(frame)).to.deep.equal([]);
  });

  it('runs the single-file build, and the flow it imports from beside it, under the policy', async function () {
    this.timeout(30_000);
    frame = await openNoncePage(true, 'single-file');
    await waitForStepIn(frame, 'credentials');
    const loaded = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => entry.name);
    expect(loaded.some((url) => url.endsWith('/dist/browser/clerk-mfa-sign-in-flow.js'))).to.equal(
      true,
    );
    expect(violationsOf(frame)).to.deep.equal([]);
  });

  it('without the nonce, clerk-js is refused and the element says Clerk could not be loaded', async () => {
    frame = await openNoncePage(false);
    const signIn = await waitForStepIn(frame, 'load-error');
    expect(signIn.state.error?.code).to.equal('clerk_load_failed');
    await waitUntil(
      () => violationsOf(frame!).some(({ blockedUri }) => blockedUri.includes('clerk.browser.js')),
      `the policy refuses clerk-js: ${JSON.stringify(violationsOf(frame))}`,
    );
  });
});
