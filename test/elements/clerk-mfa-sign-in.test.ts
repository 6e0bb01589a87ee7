import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { safeUrl } from '../../src/safe-url.js';
import { clerkScriptUrl, frontendApiFromPublishableKey } from '../../src/load-clerk.js';
import {
  fakeApiError,
  FakeClerk,
  fakeRuntimeNetworkError,
  fakeFactors,
  fakeSessionId,
  fakeUser,
  needsSecondFactor,
  signInComplete,
  signInWithStatus,
} from '../fakes/fake-clerk.js';
import {
  button,
  expectFocused,
  input,
  press,
  recordSignInEvents,
  renderSignIn,
  settle,
  submitCredentials,
  typeInto,
  waitForStep,
} from './element-harness.js';

/** The publishable key of a Clerk instance at `clerk.example.test`. */
const examplePublishableKey = `pk_test_${btoa('clerk.example.test$')}`;

/** Path of the fake clerk-js browser build the tests serve (see its file comment). */
const fakeProxyUrl = '/test/fixtures/fake-proxy';

interface FakeScriptClerk {
  fakeScriptConfiguration: { publishableKey: string | null; proxyUrl: string | null };
  loadCalls: unknown[];
}

function forgetWindowClerk(): void {
  delete window.Clerk;
  for (const script of document.querySelectorAll('script[src*="clerk.browser.js"]'))
    script.remove();
}

describe('<clerk-mfa-sign-in>', () => {
  afterEach(forgetWindowClerk);

  describe('accessibility', () => {
    it('is accessible while Clerk loads, signed in, after completion, unsupported and on load failure', async () => {
      const clerk = new FakeClerk({ loaded: false });
      const held = clerk.holdNext('load');
      const loading = await fixture<ClerkMfaSignIn>(
        html`<clerk-mfa-sign-in .clerk=${clerk}></clerk-mfa-sign-in>`,
      );
      await held.reached;
      await settle(loading);
      expect(loading.state.step).to.equal('loading');
      await expect(loading).to.be.accessible();
      held.release();

      const { element: signedIn } = await renderSignIn(
        new FakeClerk({ signedInUser: fakeUser }),
        'signed-in',
      );
      await expect(signedIn).to.be.accessible();

      const { element: complete } = await renderSignIn(
        new FakeClerk().respond('signIn.create', signInComplete()),
      );
      await submitCredentials(complete, 'ada@example.com', 'secret-password');
      await waitForStep(complete, 'complete');
      await expect(complete).to.be.accessible();

      const { element: unsupported } = await renderSignIn(
        new FakeClerk().respond('signIn.create', signInWithStatus('needs_protect_check')),
      );
      await submitCredentials(unsupported, 'ada@example.com', 'secret-password');
      await waitForStep(unsupported, 'unsupported');
      await expect(unsupported).to.be.accessible();

      const failed = await fixture<ClerkMfaSignIn>(
        html`<clerk-mfa-sign-in
          clerk-js-url="/test/fixtures/missing/clerk.browser.js"
        ></clerk-mfa-sign-in>`,
      );
      await waitForStep(failed, 'load-error');
      await expect(failed).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('creates the default steps when it has none, and keeps an author\u2019s own', async () => {
      const { element } = await renderSignIn();
      expect([...element.children].map((child) => child.localName)).to.deep.equal([
        'clerk-credentials-step',
        'clerk-code-step',
        'clerk-new-password-step',
      ]);
      const custom = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in .clerk=${new FakeClerk()}>
          <div class="layout">
            <clerk-credentials-step forgot-password-url="/reset"></clerk-credentials-step>
          </div>
          <clerk-code-step></clerk-code-step>
        </clerk-mfa-sign-in>
      `);
      await waitForStep(custom, 'credentials');
      expect(custom.querySelectorAll('clerk-credentials-step')).to.have.length(1);
      expect(
        custom.querySelector('.layout clerk-credentials-step a')?.getAttribute('href'),
      ).to.equal('/reset');
      // The step the layout leaves out is added after the author's own, so that no step lacks its form.
      expect([...custom.children].map((child) => child.localName)).to.deep.equal([
        'div',
        'clerk-code-step',
        'clerk-new-password-step',
      ]);
    });

    it('shows header and footer content around the steps', async () => {
      const element = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in .clerk=${new FakeClerk()}>
          <img slot="header" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Example Inc." />
          <p slot="footer">No account? <a href="/sign-up">Sign up</a></p>
        </clerk-mfa-sign-in>
      `);
      await waitForStep(element, 'credentials');
      const slots = [...element.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name);
      expect(slots).to.deep.equal(['header', '', 'footer']);
      const header = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=header]')!;
      expect(header.assignedElements()[0]?.getAttribute('alt')).to.equal('Example Inc.');
      await expect(element).to.be.accessible();
    });

    it('reflects its step and busy state for CSS', async () => {
      const clerk = new FakeClerk().respond('signIn.create', needsSecondFactor(fakeFactors.totp));
      const held = clerk.holdNext('signIn.create');
      const { element } = await renderSignIn(clerk);
      expect(element.getAttribute('step')).to.equal('credentials');
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await held.reached;
      await settle(element);
      expect(element.hasAttribute('busy')).to.equal(true);
      held.release();
      await waitForStep(element, 'second-factor');
      expect(element.getAttribute('step')).to.equal('second-factor');
      expect(element.hasAttribute('busy')).to.equal(false);
    });

    it('takes overrides of any message from the localization property', async () => {
      const { element } = await renderSignIn();
      element.localization = {
        formFieldLabel__emailAddress: 'Adresse e-mail',
        signIn: { start: { title: 'Connexion' } },
      };
      await settle(element);
      expect(input(element, 'identifier').labels?.[0]?.textContent?.trim()).to.equal(
        'Adresse e-mail',
      );
      expect(element.querySelector('h2')?.textContent?.trim()).to.equal('Connexion');
      expect(input(element, 'password').labels?.[0]?.textContent?.trim()).to.equal('Password');
    });
  });

  describe('obtaining Clerk', () => {
    it('renders the form and takes input before Clerk has loaded; a submit waits for it', async () => {
      const clerk = new FakeClerk({ loaded: false }).respond(
        'signIn.create',
        needsSecondFactor(fakeFactors.totp),
      );
      const held = clerk.holdNext('load');
      const element = await fixture<ClerkMfaSignIn>(
        html`<clerk-mfa-sign-in .clerk=${clerk}></clerk-mfa-sign-in>`,
      );
      await settle(element);
      expect(element.state.step).to.equal('loading');
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await settle(element);
      expect(element.state.busy).to.equal(true);
      expect(clerk.callsTo('signIn.create')).to.have.length(0);
      held.release();
      await waitForStep(element, 'second-factor');
      expect(clerk.callsTo('signIn.create')).to.have.length(1);
    });

    it('uses window.Clerk when the page has one', async () => {
      const clerk = new FakeClerk({ loaded: false });
      window.Clerk = clerk;
      const element = await fixture<ClerkMfaSignIn>(html`<clerk-mfa-sign-in></clerk-mfa-sign-in>`);
      await waitForStep(element, 'credentials');
      expect(clerk.callsTo('load')).to.have.length(1);
    });

    it('loads clerk.browser.js by script tag from the proxy, with the key, and loads Clerk once', async () => {
      const ready = recordSignInEvents();
      const element = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in
          publishable-key=${examplePublishableKey}
          proxy-url=${fakeProxyUrl}
        ></clerk-mfa-sign-in>
      `);
      await waitForStep(element, 'credentials');
      ready.stop();
      const script = document.querySelector<HTMLScriptElement>('script[src*="clerk.browser.js"]')!;
      expect(new URL(script.src).pathname).to.equal(
        `${fakeProxyUrl}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`,
      );
      const loaded = window.Clerk as unknown as FakeScriptClerk;
      expect(loaded.fakeScriptConfiguration).to.deep.equal({
        publishableKey: examplePublishableKey,
        proxyUrl: fakeProxyUrl,
      });
      expect(loaded.loadCalls).to.have.length(1);
      expect(ready.map((event) => event.type)).to.include('clerk-mfa-ready');
    });

    it('reads attributes set after it is in the document (as Angular binds them)', async () => {
      const element = document.createElement('clerk-mfa-sign-in');
      document.body.append(element);
      try {
        await element.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(element.state.step).to.equal('loading');
        expect(document.querySelector('script[src*="clerk.browser.js"]')).to.equal(null);
        element.setAttribute('publishable-key', examplePublishableKey);
        element.setAttribute('proxy-url', fakeProxyUrl);
        await waitForStep(element, 'credentials');
        const loaded = window.Clerk as unknown as FakeScriptClerk;
        expect(loaded.fakeScriptConfiguration.proxyUrl).to.equal(fakeProxyUrl);
      } finally {
        element.remove();
      }
    });

    it('shows a retry when clerk-js cannot be loaded, announces the error, and retries', async () => {
      const events = recordSignInEvents();
      const element = await fixture<ClerkMfaSignIn>(
        html`<clerk-mfa-sign-in
          clerk-js-url="/test/fixtures/missing/clerk.browser.js"
        ></clerk-mfa-sign-in>`,
      );
      await waitForStep(element, 'load-error');
      events.stop();
      const errors = events.filter((event) => event.type === 'clerk-mfa-error');
      expect(errors.map((event) => event.detail)).to.deep.equal([
        {
          code: 'clerk_load_failed',
          message: 'Sign-in could not be loaded. Check your connection and try again.',
          step: 'load-error',
        },
      ]);
      const alert = element.shadowRoot!.querySelector('[role=alert]')!;
      expect(alert.textContent?.trim()).to.equal(
        'Sign-in could not be loaded. Check your connection and try again.',
      );
      expect(element.querySelector('clerk-credentials-step')!.hidden, 'the form stays').to.equal(
        false,
      );
      await typeInto(input(element, 'identifier'), 'ada@example.com');
      element.clerkJsUrl = `${fakeProxyUrl}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`;
      await settle(element);
      button(element, 'Try again').click();
      await waitForStep(element, 'credentials');
      expect(input(element, 'identifier').value, 'typed email kept').to.equal('ada@example.com');
    });

    it('resumes where it was when moved in the document, without loading Clerk again', async () => {
      const clerk = new FakeClerk({ loaded: false }).respond(
        'signIn.create',
        needsSecondFactor(fakeFactors.totp),
      );
      const events = recordSignInEvents();
      const { element } = await renderSignIn(clerk);
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await waitForStep(element, 'second-factor');
      const elsewhere = document.createElement('div');
      document.body.append(elsewhere);
      elsewhere.append(element);
      await settle(element);
      events.stop();
      elsewhere.remove();
      expect(element.state.step).to.equal('second-factor');
      expect(clerk.callsTo('load')).to.have.length(1);
      expect(events.filter((event) => event.type === 'clerk-mfa-ready')).to.have.length(1);
    });

    it('warns, and loads nothing more, when the key changes after Clerk has loaded', async () => {
      const element = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in
          publishable-key=${examplePublishableKey}
          proxy-url=${fakeProxyUrl}
        ></clerk-mfa-sign-in>
      `);
      await waitForStep(element, 'credentials');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...parts: unknown[]) => warnings.push(parts.join(' '));
      try {
        element.setAttribute('publishable-key', `pk_test_${btoa('clerk.other.test$')}`);
        await settle(element);
      } finally {
        console.warn = warn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('publishableKey changed after Clerk started loading');
      expect(document.querySelectorAll('script[src*="clerk.browser.js"]')).to.have.length(1);
      const loaded = window.Clerk as unknown as FakeScriptClerk;
      expect(loaded.loadCalls).to.have.length(1);
    });

    it('uses a Clerk instance given after it started with another one', async () => {
      const first = new FakeClerk();
      const { element } = await renderSignIn(first);
      const second = new FakeClerk({ loaded: false, signedInUser: fakeUser });
      element.clerk = second;
      await waitForStep(element, 'signed-in');
      expect(second.callsTo('load')).to.have.length(1);
      expect(element.state.user?.displayName).to.equal('Ada Lovelace');
    });

    it('derives clerk-js\u2019s URL from the publishable key', () => {
      expect(frontendApiFromPublishableKey(examplePublishableKey)).to.equal('clerk.example.test');
      expect(frontendApiFromPublishableKey('pk_test_bm90LWEta2V5')).to.equal(undefined);
      expect(frontendApiFromPublishableKey('sk_test_secret')).to.equal(undefined);
      expect(clerkScriptUrl({ publishableKey: examplePublishableKey })).to.equal(
        'https://clerk.example.test/npm/@clerk/clerk-js@6/dist/clerk.browser.js',
      );
      expect(clerkScriptUrl({ clerkJsUrl: '/clerk.js', proxyUrl: '/p' })).to.equal('/clerk.js');
      expect(clerkScriptUrl({})).to.equal(undefined);
    });
  });

  describe('signed in', () => {
    it('shows who is signed in and a sign-out button instead of the form', async () => {
      const clerk = new FakeClerk({ signedInUser: fakeUser });
      const { element } = await renderSignIn(clerk, 'signed-in');
      expect(element.querySelector('clerk-credentials-step')!.hidden).to.equal(true);
      const heading = element.shadowRoot!.querySelector('[part~=panel-heading]')!;
      expect(heading.textContent?.trim()).to.equal('Signed in as \u2068Ada Lovelace\u2069');
      button(element, 'Sign out').click();
      await waitForStep(element, 'credentials');
      expect(clerk.callsTo('signOut')).to.have.length(1);
    });

    it('shows a failed sign-out, also beside a custom signed-in view', async () => {
      const clerk = new FakeClerk({ signedInUser: fakeUser }).respond('signOut', {
        throws: fakeRuntimeNetworkError(),
      });
      const element = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in .clerk=${clerk}>
          <div slot="signed-in">
            Welcome back
            <button type="button" id="custom-sign-out">Leave</button>
          </div>
        </clerk-mfa-sign-in>
      `);
      await waitForStep(element, 'signed-in');
      const alert = element.shadowRoot!.querySelector('[part~="signed-in-error"]')!;
      expect(alert.textContent?.trim()).to.equal('');
      await element.signOut();
      await settle(element);
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent?.trim()).to.equal(
        'Could not reach the sign-in service. Check your connection and try again.',
      );
      expect(element.state.step).to.equal('signed-in');
      await expect(element).to.be.accessible();
    });

    it('lets the signed-in slot replace the default view', async () => {
      const element = await fixture<ClerkMfaSignIn>(html`
        <clerk-mfa-sign-in .clerk=${new FakeClerk({ signedInUser: fakeUser })}>
          <p slot="signed-in">Welcome back, <a href="/app">open the app</a></p>
        </clerk-mfa-sign-in>
      `);
      await waitForStep(element, 'signed-in');
      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=signed-in]')!;
      expect(slot.assignedElements()[0]?.textContent).to.contain('Welcome back');
    });
  });

  describe('unsupported statuses', () => {
    for (const [status, message] of [
      [
        'needs_first_factor',
        'This account needs another way to sign in that this form does not offer.',
      ],
      [
        'needs_protect_check',
        'Clerk needs an extra security check that this form cannot show. Please try again later.',
      ],
      [
        'needs_something_new',
        'Sign-in cannot continue here (status \u201c\u2068needs_something_new\u2069\u201d). Go back and try again.',
      ],
    ] as const) {
      it(`explains ${status}, announces it and offers a way back`, async () => {
        const events = recordSignInEvents();
        const { element } = await renderSignIn(
          new FakeClerk().respond('signIn.create', signInWithStatus(status)),
        );
        await submitCredentials(element, 'ada@example.com', 'secret-password');
        await waitForStep(element, 'unsupported');
        events.stop();
        const heading = element.shadowRoot!.querySelector<HTMLElement>('[part~=panel-heading]')!;
        expect(heading.textContent?.trim()).to.equal(message);
        expectFocused(heading, 'focus on the explanation');
        expect(events.find((event) => event.type === 'clerk-mfa-error')?.detail).to.deep.equal({
          code: 'unsupported_status',
          message,
          step: 'unsupported',
        });
        button(element, 'Back').click();
        await waitForStep(element, 'credentials');
        expect(input(element, 'identifier').value).to.equal('ada@example.com');
      });
    }
  });

  describe('events', () => {
    it('fires every documented event with its detail during a whole SMS sign-in', async () => {
      const clerk = new FakeClerk({ loaded: false })
        .respond('signIn.create', needsSecondFactor(fakeFactors.phoneCode, fakeFactors.backupCode))
        .respond(
          'signIn.prepareSecondFactor',
          needsSecondFactor(fakeFactors.phoneCode, fakeFactors.backupCode),
        )
        .respond(
          'signIn.attemptSecondFactor',
          { throws: fakeApiError('form_code_incorrect', { paramName: 'code' }) },
          signInComplete(),
        );
      const events = recordSignInEvents();
      const element = await fixture<ClerkMfaSignIn>(
        html`<clerk-mfa-sign-in .clerk=${clerk}></clerk-mfa-sign-in>`,
      );
      await waitForStep(element, 'credentials');
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      await waitUntil(() => element.state.step === 'second-factor' && !element.state.busy);
      await settle(element);
      await typeInto(input(element, 'code'), '000000');
      await waitUntil(() => element.state.error !== null);
      await settle(element);
      input(element, 'code').select();
      await typeInto(input(element, 'code'), '123456');
      await waitForStep(element, 'complete');
      events.stop();

      for (const event of events) {
        expect(
          event.bubbles && event.composed,
          `${event.type} bubbles out of shadow roots`,
        ).to.equal(true);
        expect(event.cancelable, `${event.type} cancelable`).to.equal(
          event.type === 'clerk-mfa-complete',
        );
        expect(
          JSON.parse(JSON.stringify(event.detail)),
          `${event.type} detail is plain data`,
        ).to.deep.equal(event.detail);
      }
      const codeSent = events.find((event) => event.type === 'clerk-mfa-code-sent')!.detail as {
        resendAvailableAt: number;
      };
      const factors = [
        { strategy: 'phone_code', safeIdentifier: '+1******0123' },
        { strategy: 'backup_code' },
      ];
      expect(events.map((event) => [event.type, event.detail])).to.deep.equal([
        ['clerk-mfa-ready', {}],
        [
          'clerk-mfa-status-change',
          {
            step: 'credentials',
            previousStep: 'loading',
            status: null,
            previousStatus: null,
            strategy: null,
            factors: [],
          },
        ],
        [
          'clerk-mfa-status-change',
          {
            step: 'second-factor',
            previousStep: 'credentials',
            status: 'needs_second_factor',
            previousStatus: null,
            strategy: 'phone_code',
            factors,
          },
        ],
        [
          'clerk-mfa-code-sent',
          {
            strategy: 'phone_code',
            safeIdentifier: '+1******0123',
            resendAvailableAt: codeSent.resendAvailableAt,
          },
        ],
        [
          'clerk-mfa-error',
          {
            code: 'form_code_incorrect',
            message: 'The code is incorrect. Try again.',
            field: 'code',
            step: 'second-factor',
          },
        ],
        [
          'clerk-mfa-status-change',
          {
            step: 'complete',
            previousStep: 'second-factor',
            status: 'complete',
            previousStatus: 'needs_second_factor',
            strategy: null,
            factors: [],
          },
        ],
        ['clerk-mfa-complete', { sessionId: fakeSessionId, userId: fakeUser.id }],
      ]);
      expect(codeSent.resendAvailableAt).to.be.greaterThan(Date.now() + 25_000);
    });

    it('redirects to redirect-url after completion unless the complete event is canceled', async () => {
      const startUrl = window.location.href;
      const { element } = await renderSignIn(
        new FakeClerk().respond('signIn.create', signInComplete(), signInComplete()),
      );
      element.redirectUrl = '#signed-in';
      const canceled = oneEvent(element, 'clerk-mfa-complete');
      element.addEventListener('clerk-mfa-complete', (event) => event.preventDefault(), {
        once: true,
      });
      await submitCredentials(element, 'ada@example.com', 'secret-password');
      expect((await canceled).defaultPrevented).to.equal(true);
      await waitForStep(element, 'complete');
      expect(window.location.hash).to.equal('');

      const { element: second } = await renderSignIn(
        new FakeClerk().respond('signIn.create', signInComplete()),
      );
      second.redirectUrl = '#signed-in';
      await submitCredentials(second, 'ada@example.com', 'secret-password');
      await waitUntil(() => window.location.hash === '#signed-in', 'redirected');
      history.replaceState(null, '', startUrl);
    });

    it('never redirects to a javascript: URL', () => {
      expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
      expect(safeUrl('data:text/html,hi')).to.equal(undefined);
      expect(safeUrl('/dashboard')).to.equal(new URL('/dashboard', document.baseURI).href);
      expect(safeUrl(undefined)).to.equal(undefined);
    });
  });

  describe('secrets', () => {
    it('never lets a password or a code reach an event, an attribute or the console', async () => {
      const password = 'correct-horse-battery-staple';
      const wrongCode = '987654';
      const rightCode = '246810';
      const backupCode = 'zyxw9876';
      const clerk = new FakeClerk()
        .respond('signIn.create', needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode))
        .respond(
          'signIn.attemptSecondFactor',
          { throws: fakeApiError('form_code_incorrect', { paramName: 'code' }) },
          { throws: fakeApiError('form_code_incorrect', { paramName: 'code' }) },
          signInComplete(),
        );
      const logged: string[] = [];
      const originals = {
        log: console.log,
        info: console.info,
        warn: console.warn,
        error: console.error,
        debug: console.debug,
      };
      for (const level of Object.keys(originals) as Array<keyof typeof originals>) {
        console[level] = (...parts: unknown[]) => {
          logged.push(
            parts
              .map((part) =>
                typeof part === 'string' ? part : (JSON.stringify(part) ?? String(part)),
              )
              .join(' '),
          );
          originals[level](...parts);
        };
      }
      const events = recordSignInEvents();
      const attributes: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes')
            attributes.push((record.target as Element).getAttribute(record.attributeName!) ?? '');
        }
      });
      try {
        const { element } = await renderSignIn(clerk);
        observer.observe(element, { attributes: true, subtree: true });
        await submitCredentials(element, 'ada@example.com', password);
        await waitForStep(element, 'second-factor');
        await typeInto(input(element, 'code'), wrongCode);
        await waitUntil(() => element.state.error !== null);
        button(element, 'Use a backup code').click();
        await waitUntil(() => element.state.strategy === 'backup_code');
        await settle(element);
        await typeInto(input(element, 'code'), backupCode);
        await press('Enter');
        await waitUntil(
          () => clerk.callsTo('signIn.attemptSecondFactor').length === 2 && !element.state.busy,
        );
        button(element, 'Use your authenticator app').click();
        await waitUntil(() => element.state.strategy === 'totp');
        await settle(element);
        await typeInto(input(element, 'code'), rightCode);
        await waitForStep(element, 'complete');
        const everything = [
          JSON.stringify(events.map((event) => event.detail)),
          JSON.stringify(element.state),
          ...attributes,
          ...[...element.querySelectorAll('*'), element].flatMap((node) =>
            [...node.attributes].map((attribute) => attribute.value),
          ),
          ...logged,
          JSON.stringify({ ...localStorage }),
          JSON.stringify({ ...sessionStorage }),
          document.cookie,
          window.location.href,
        ].join('\n');
        for (const secret of [password, wrongCode, rightCode, backupCode]) {
          expect(everything.includes(secret), `${secret} leaked`).to.equal(false);
        }
        // The secrets did reach Clerk, so the search above looked for strings that existed.
        expect(JSON.stringify(clerk.calls))
          .to.contain(password)
          .and.contain(rightCode)
          .and.contain(backupCode);
      } finally {
        observer.disconnect();
        events.stop();
        Object.assign(console, originals);
      }
    });
  });

  describe('keyboard', () => {
    it('signs in from the first field to clerk-mfa-complete with key presses only, focus following each step', async () => {
      const clerk = new FakeClerk()
        .respond('signIn.create', needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode))
        .respond('signIn.attemptSecondFactor', signInComplete());
      const { element } = await renderSignIn(clerk);
      const complete = oneEvent(element, 'clerk-mfa-complete');
      input(element, 'identifier').focus();
      await typeInto(input(element, 'identifier'), 'ada@example.com');
      await press('Tab');
      expectFocused(input(element, 'password'), 'Tab moves to the password');
      await typeInto(input(element, 'password'), 'secret-password');
      await press('Enter');
      await waitForStep(element, 'second-factor');
      expectFocused(input(element, 'code'), 'focus moved to the code');
      await typeInto(input(element, 'code'), '123456');
      const event = await complete;
      expect(event.detail).to.deep.equal({ sessionId: fakeSessionId, userId: fakeUser.id });
      await waitForStep(element, 'complete');
      expectFocused(
        element.shadowRoot!.querySelector('[part~=panel-heading]')!,
        'focus on the signed-in heading',
      );
    });
  });
});
