/**
 * End to end in another language: real clerk-js against the emulator, whose instance is
 * named "Clerk emulator" in its display configuration. The sign-in, in a Japanese page
 * with the locale module of `npm run build`, names the application in its title and
 * signs in with an authenticator-app code in Japanese.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import type { LocaleResource } from '../../src/messages.js';
import { input, submitCredentials, typeInto } from '../elements/element-harness.js';
import {
  currentTotpCode,
  demoPassword,
  emulatorSelection,
  proxyUrl,
  useEmulatorOfThisBrowser,
  visibleHeading,
  waitForStepOf,
} from './support/emulator-page.js';

describe('sign-in with real clerk-js: in Japanese', () => {
  useEmulatorOfThisBrowser();

  it('names the application from Clerk’s display configuration and signs in', async () => {
    const tag = 'ja-JP';
    const { jaJP } = (await import(`../../dist/locales/${tag}.js`)) as Record<
      string,
      LocaleResource
    >;
    const page = await fixture<HTMLElement>(
      html`<div lang="ja">
        <clerk-mfa-sign-in
          publishable-key=${emulatorSelection().publishableKey}
          proxy-url=${proxyUrl}
          .locales=${[jaJP]}
        ></clerk-mfa-sign-in>
      </div>`,
    );
    const element = page.querySelector<ClerkMfaSignIn>('clerk-mfa-sign-in')!;
    await waitForStepOf(element, 'credentials', 20_000);
    expect(visibleHeading(element)).to.equal('\u2068Clerk emulator\u2069 にサインイン');

    await submitCredentials(element, 'totp@example.com', demoPassword);
    await waitForStepOf(element, 'second-factor');
    expect(visibleHeading(element)).to.equal('二段階認証');
    element.addEventListener('clerk-mfa-complete', (event) => event.preventDefault());
    await typeInto(input(element, 'code'), await currentTotpCode('totp@example.com'));
    await waitForStepOf(element, 'complete');
    expect(element.shadowRoot!.textContent).to.contain(
      '\u2068Theo Authenticator\u2069 としてサインイン中',
    );
    expect(element.shadowRoot!.textContent).to.not.match(/\{\{/);
  });
});
