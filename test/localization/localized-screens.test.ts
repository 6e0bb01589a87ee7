/**
 * The sign-in in French, German, Japanese and Arabic (right to left), from the locale
 * modules `npm run build` writes (`dist/locales/`), chosen by the page's `lang`: every
 * screen a user meets — credentials, each code step, errors, the signed-in, complete,
 * unsupported and load-error views — holds no English message and no raw placeholder,
 * in what is seen (light and shadow DOM) and what is heard (visually hidden text, aria
 * labels). Clerk is the fake of `test/fakes/fake-clerk.ts`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/clerk-mfa-sign-in.js';
import type { ClerkMfaSignIn } from '../../src/elements/clerk-mfa-sign-in.js';
import { englishMessages } from '../../src/english.js';
import { type LocaleResource } from '../../src/messages.js';
import {
  FakeClerk,
  fakeApiError,
  fakeFactors,
  fakeRuntimeNetworkError,
  needsClientTrust,
  needsSecondFactor,
  signInComplete,
  signInWithStatus,
} from '../fakes/fake-clerk.js';
import {
  button,
  input,
  settle,
  submitCredentials,
  typeInto,
  waitForStep,
} from '../elements/element-harness.js';

/** Latin words that languages of other scripts write as they are (Clerk's Japanese has "SMS"). */
const wordsKeptInLatin = new Set(['Clerk', 'SMS']);

/** What the fake's data puts on screen whatever the language: it is not English text of ours. */
const userData = ['Ada Lovelace', 'ada@example.com', '+1******0123', 'a***@example.com', 'Acme'];
const applicationName = 'Acme';

/** A locale module built by `npm run build`. */
async function localeModule(tag: string): Promise<LocaleResource> {
  const module = (await import(`../../dist/locales/${tag}.js`)) as Record<string, LocaleResource>;
  return module[tag.replace('-', '')];
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every run of English words of the English table, between its placeholders, as a
 * pattern that matches it as whole words ("Continue" is not in "Continuer").
 */
const englishFragments = [
  ...new Set(
    Object.values(englishMessages).flatMap((message) =>
      message
        .split(/\{\{[^}]*\}\}/)
        .map((fragment) => fragment.replace(/^[\s.,:;!?()“”"'…-]+|[\s.,:;!?()“”"'…-]+$/g, ''))
        .filter((fragment) => /[A-Za-z]{2}/.test(fragment)),
    ),
  ),
].map((fragment) => ({
  fragment,
  pattern: new RegExp(`(?<![A-Za-z])${escapeForRegExp(fragment)}(?![A-Za-z])`),
}));

/** What the user sees and hears of the sign-in now: its visible text, hidden text for screen readers, and labels. */
function screenText(element: ClerkMfaSignIn): string {
  const roots: ParentNode[] = [element.shadowRoot!, element];
  const texts: string[] = [];
  for (const root of roots) {
    for (const child of root.querySelectorAll<HTMLElement>(
      'clerk-credentials-step, clerk-code-step, .panel, [part~="signed-in-error"]',
    )) {
      if (!child.closest('[hidden]')) texts.push(child.textContent ?? '');
    }
    for (const labelled of root.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        texts.push(labelled.getAttribute(name) ?? '');
      }
    }
  }
  return texts.join('\n').replace(/\s+/g, ' ');
}

/** Asserts that the screen holds no English of ours and no placeholder; for scripts without Latin letters, no Latin word but the user's data. */
function expectLocalized(element: ClerkMfaSignIn, screen: string, latinScript: boolean): void {
  const text = screenText(element);
  expect(text.trim(), `${screen}: something is shown`).to.not.equal('');
  expect(text, `${screen}: a raw placeholder`).to.not.match(/\{\{|\}\}/);
  const english = englishFragments
    .filter(({ pattern }) => pattern.test(text))
    .map(({ fragment }) => fragment);
  expect(english, `${screen}: English in «${text}»`).to.deep.equal([]);
  if (!latinScript) {
    const withoutData = userData.reduce((rest, data) => rest.replaceAll(data, ''), text);
    const latinWords =
      withoutData.match(/[A-Za-z]{2,}/g)?.filter((word) => !wordsKeptInLatin.has(word)) ?? [];
    expect(latinWords, `${screen}: Latin words in «${text}»`).to.deep.equal([]);
  }
}

/**
 * Asserts that `value`, shown in the code step's hint, reads left to right on screen as
 * written, also in a right-to-left sentence (its first character left of its last).
 */
function expectShownLeftToRight(element: ClerkMfaSignIn, value: string): void {
  const hint = element.querySelector('.clerk-mfa-hint')!;
  const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT);
  let node: Text | null = null;
  while (walker.nextNode()) {
    if ((walker.currentNode as Text).data.includes(value)) node = walker.currentNode as Text;
  }
  expect(node, `«${value}» in the hint`).to.not.equal(null);
  const start = node!.data.indexOf(value);
  const rectOf = (offset: number) => {
    const range = document.createRange();
    range.setStart(node!, offset);
    range.setEnd(node!, offset + 1);
    return range.getBoundingClientRect();
  };
  const first = rectOf(start);
  const last = rectOf(start + value.length - 1);
  expect(first.left, `«${value[0]}» left of «${value.at(-1)}»`).to.be.below(last.left);
}

const languages = [
  { tag: 'fr-FR', lang: 'fr', latinScript: true, direction: 'ltr' },
  { tag: 'de-DE', lang: 'de-DE', latinScript: true, direction: 'ltr' },
  { tag: 'ja-JP', lang: 'ja', latinScript: false, direction: 'ltr' },
  { tag: 'ar-SA', lang: 'ar-SA', latinScript: false, direction: 'rtl' },
] as const;

let allLocales: LocaleResource[] = [];
before(async () => {
  allLocales = await Promise.all(languages.map(({ tag }) => localeModule(tag)));
});

for (const { tag, lang, latinScript, direction } of languages) {
  describe(`<clerk-mfa-sign-in> in a page of lang="${lang}" (${tag})`, () => {
    async function renderIn(clerk: FakeClerk): Promise<ClerkMfaSignIn> {
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${direction}>
          <clerk-mfa-sign-in .clerk=${clerk} .locales=${allLocales}></clerk-mfa-sign-in>
        </div>`,
      );
      return page.querySelector('clerk-mfa-sign-in')!;
    }

    const expectScreen = (element: ClerkMfaSignIn, screen: string) =>
      expectLocalized(element, screen, latinScript);

    it('credentials: the form, its errors and a lockout with its countdown', async () => {
      const clerk = new FakeClerk({ applicationName }).respond(
        'signIn.create',
        { throws: fakeApiError('form_password_incorrect') },
        {
          throws: fakeApiError('user_locked', {
            longMessage: 'Your account is locked. You will be able to try again in 30 minutes.',
          }),
        },
      );
      const element = await renderIn(clerk);
      await waitForStep(element, 'credentials');
      expectScreen(element, 'credentials');

      button(element, (await localeModule(tag)).formButtonPrimary as string).click();
      await waitUntil(() => element.state.error?.code === 'identifier_required');
      await settle(element);
      expectScreen(element, 'credentials, nothing typed');

      await submitCredentials(element, 'ada@example.com', 'wrong-password');
      await waitUntil(() => element.state.error?.code === 'form_password_incorrect');
      await settle(element);
      expectScreen(element, 'credentials, wrong password');

      await typeInto(input(element, 'password'), 'x');
      element.querySelector('form')!.requestSubmit();
      await waitUntil(() => element.state.error?.code === 'user_locked');
      await settle(element);
      expectScreen(element, 'credentials, locked for 30 minutes');
    });

    it('each code step: authenticator app, backup code, SMS with its countdown, and a wrong code', async () => {
      const clerk = new FakeClerk({ applicationName })
        .respond(
          'signIn.create',
          needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode, fakeFactors.phoneCode),
        )
        .respond('signIn.attemptSecondFactor', { throws: fakeApiError('form_code_incorrect') })
        .respond(
          'signIn.prepareSecondFactor',
          needsSecondFactor(fakeFactors.totp, fakeFactors.backupCode, fakeFactors.phoneCode),
        );
      const element = await renderIn(clerk);
      await waitForStep(element, 'credentials');
      await submitCredentials(element, 'ada@example.com', 'Tr0ub4dor&3');
      await waitForStep(element, 'second-factor');
      expectScreen(element, 'authenticator app code');

      await typeInto(input(element, 'code'), '123456');
      await waitUntil(() => element.state.error?.code === 'form_code_incorrect');
      await settle(element);
      expectScreen(element, 'authenticator app code, wrong');

      element.querySelector<HTMLButtonElement>('button[data-strategy="backup_code"]')!.click();
      await waitUntil(() => element.state.strategy === 'backup_code');
      await settle(element);
      expectScreen(element, 'backup code');

      element.querySelector<HTMLButtonElement>('button[data-strategy="phone_code"]')!.click();
      await waitUntil(() => element.state.strategy === 'phone_code' && !element.state.busy);
      await settle(element);
      expectShownLeftToRight(element, '+1******0123');
      expect(screenText(element), 'where the code went').to.contain('\u2068+1******0123\u2069');
      expectScreen(element, 'SMS code, resend counting down');
    });

    it('the new-device check by e-mail code, and a network error', async () => {
      const clerk = new FakeClerk({ applicationName })
        .respond('signIn.create', needsClientTrust(fakeFactors.emailCode))
        .respond('signIn.prepareSecondFactor', needsClientTrust(fakeFactors.emailCode))
        .respond('signIn.attemptSecondFactor', { throws: fakeRuntimeNetworkError() });
      const element = await renderIn(clerk);
      await waitForStep(element, 'credentials');
      await submitCredentials(element, 'ada@example.com', 'Tr0ub4dor&3');
      await waitForStep(element, 'client-trust');
      await waitUntil(() => !element.state.busy);
      await settle(element);
      expectScreen(element, 'e-mail code of a new device');

      await typeInto(input(element, 'code'), '123456');
      await waitUntil(() => element.state.error?.code === 'network_error');
      await settle(element);
      expectScreen(element, 'e-mail code, network error');
    });

    it('signed in, completed, a status this form cannot finish, and Clerk failing to load', async () => {
      const signedIn = await renderIn(
        new FakeClerk({
          applicationName,
          signedInUser: { id: 'user_1', fullName: 'Ada Lovelace' },
        }),
      );
      await waitForStep(signedIn, 'signed-in');
      expectScreen(signedIn, 'signed in');

      const completing = await renderIn(
        new FakeClerk({ applicationName })
          .respond('signIn.create', needsSecondFactor(fakeFactors.totp))
          .respond('signIn.attemptSecondFactor', signInComplete()),
      );
      await waitForStep(completing, 'credentials');
      await submitCredentials(completing, 'ada@example.com', 'Tr0ub4dor&3');
      await waitForStep(completing, 'second-factor');
      completing.addEventListener('clerk-mfa-complete', (event) => event.preventDefault());
      await typeInto(input(completing, 'code'), '123456');
      await waitForStep(completing, 'complete');
      expectScreen(completing, 'sign-in complete');

      const unsupported = await renderIn(
        new FakeClerk({ applicationName }).respond(
          'signIn.create',
          signInWithStatus('needs_first_factor'),
        ),
      );
      await waitForStep(unsupported, 'credentials');
      await submitCredentials(unsupported, 'ada@example.com', 'Tr0ub4dor&3');
      await waitForStep(unsupported, 'unsupported');
      expectScreen(unsupported, 'status needs_first_factor');

      const failing = await renderIn(
        new FakeClerk({ loaded: false }).respond('load', { throws: new Error('offline') }),
      );
      await waitForStep(failing, 'load-error');
      expectScreen(failing, 'Clerk failed to load');
    });
  });
}

describe('<clerk-mfa-sign-in> follows the nearest lang', () => {
  it('switches language when the page’s lang changes, and uses its own lang first', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <section>
          <clerk-mfa-sign-in .clerk=${new FakeClerk()} .locales=${allLocales}></clerk-mfa-sign-in>
        </section>
      </div>`,
    );
    const element = page.querySelector('clerk-mfa-sign-in')!;
    await waitForStep(element, 'credentials');
    const title = () => element.querySelector('h2')!.textContent.trim();
    expect(title()).to.equal('Se connecter');
    page.lang = 'de';
    await waitUntil(() => title() === 'Einloggen', `still «${title()}»`);
    element.lang = 'ja-JP';
    await waitUntil(() => title() === 'サインイン', `still «${title()}»`);
    element.removeAttribute('lang');
    page.lang = 'en';
    await waitUntil(() => title() === 'Sign in', `still «${title()}»`);
  });

  it('shows the application’s name once Clerk has it, in the language of the page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de">
        <clerk-mfa-sign-in
          .clerk=${new FakeClerk({ applicationName })}
          .locales=${allLocales}
        ></clerk-mfa-sign-in>
      </div>`,
    );
    const element = page.querySelector('clerk-mfa-sign-in')!;
    await waitForStep(element, 'credentials');
    await waitUntil(() => element.querySelector('h2')!.textContent.includes(applicationName));
    expect(element.querySelector('h2')!.textContent.trim()).to.equal(
      'In \u2068Acme\u2069 einloggen',
    );
  });
});
