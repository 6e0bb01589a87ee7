/**
 * The demo page: `<clerk-mfa-sign-in>` configured from the `<meta>` tags that
 * `demo/vite.config.ts` writes (the emulator's key and proxy, or a real instance's key),
 * a log of the events it dispatches, a choice of language, and — with the emulator — the
 * panels that stand in for the user's phone, authenticator app and mailbox.
 *
 * Below it, `<clerk-mfa-setup>` manages the signed-in user's second factors; its events
 * go to the same log.
 *
 * The language choice sets the page's `lang` (and `dir`), which the sign-in follows, from
 * the locale modules `npm run demo` builds into `dist/locales/`; `?lang=fr-FR` picks one
 * when the page opens.
 */
import '../src/define/index.js';
import '../src/define/clerk-mfa-setup.js';
import type { ClerkMfaSetup } from '../src/elements/clerk-mfa-setup.js';
import type { ClerkMfaSignIn } from '../src/elements/clerk-mfa-sign-in.js';
import type { LocaleResource } from '../src/messages.js';
import { frontendApiFromPublishableKey } from '../src/load-clerk.js';
import { EmulatorPanels } from './emulator-panels.js';

const signInEventNames = [
  'clerk-mfa-ready',
  'clerk-mfa-status-change',
  'clerk-mfa-code-sent',
  'clerk-mfa-error',
  'clerk-mfa-complete',
  'clerk-mfa-factor-added',
  'clerk-mfa-factor-removed',
  'clerk-mfa-backup-codes-created',
  'clerk-mfa-setup-complete',
] as const;

/** Events kept in the log, newest first. */
const eventLogLength = 8;

function metaContent(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
}

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`demo/index.html has no ${selector}`);
  return element;
}

/** Appends one line per event of the elements: its name and its detail (never a password or a code). */
function logSignInEvents(signIn: HTMLElement, log: HTMLOListElement): void {
  for (const name of signInEventNames) {
    signIn.addEventListener(name, (event: Event & { detail?: unknown }) => {
      const entry = document.createElement('li');
      const type = document.createElement('strong');
      type.textContent = event.type;
      const detail = document.createElement('code');
      detail.textContent = JSON.stringify(event.detail);
      entry.append(type, ' ', detail);
      log.prepend(entry);
      while (log.children.length > eventLogLength) log.lastElementChild!.remove();
    });
  }
}

/** Puts an account's e-mail and password into the form, as a password manager would. */
function fillCredentials(signIn: ClerkMfaSignIn, email: string, password: string): void {
  const identifier = signIn.querySelector<HTMLInputElement>('input[name="identifier"]');
  const passwordInput = signIn.querySelector<HTMLInputElement>('input[name="password"]');
  if (!identifier || !passwordInput || identifier.closest('[hidden]')) return;
  identifier.value = email;
  passwordInput.value = password;
  signIn.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
}

/** The languages offered, besides English: the locales whose every message the package translates. */
const offeredLanguages = [
  'fr-FR',
  'de-DE',
  'es-ES',
  'pt-BR',
  'it-IT',
  'nl-NL',
  'ja-JP',
  'ko-KR',
  'zh-CN',
  'ar-SA',
  'he-IL',
] as const;

const rightToLeftLanguages = new Set(['ar', 'he', 'fa']);

/** Gives the sign-in the offered locale modules and lets the visitor switch the page's language. */
async function offerLanguages(
  elements: ReadonlyArray<ClerkMfaSignIn | ClerkMfaSetup>,
  choice: HTMLSelectElement,
): Promise<void> {
  const locales = await Promise.all(
    offeredLanguages.map(async (tag) => {
      const module = (await import(`../dist/locales/${tag}.js`)) as Record<string, LocaleResource>;
      // Each language named in itself, as a visitor looking for theirs reads it.
      choice.add(
        new Option(new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag, tag),
      );
      return module[tag.replace('-', '')];
    }),
  );
  for (const element of elements) element.locales = locales;
  const useLanguage = (tag: string) => {
    document.documentElement.lang = tag;
    document.documentElement.dir = rightToLeftLanguages.has(tag.split('-')[0]) ? 'rtl' : 'ltr';
    choice.value = tag;
  };
  choice.addEventListener('change', () => useLanguage(choice.value));
  const requested = new URLSearchParams(window.location.search).get('lang');
  if (requested && [...choice.options].some((option) => option.value === requested)) {
    useLanguage(requested);
  }
}

const publishableKey = metaContent('clerk-publishable-key');
const proxyUrl = metaContent('clerk-proxy-url');
const signIn = required<ClerkMfaSignIn>('#sign-in');
const mfaSetup = required<ClerkMfaSetup>('#mfa-setup');
const modeDescription = required<HTMLParagraphElement>('#mode-description');

const eventLog = required<HTMLOListElement>('#event-log');
logSignInEvents(signIn, eventLog);
logSignInEvents(mfaSetup, eventLog);
void offerLanguages([signIn, mfaSetup], required<HTMLSelectElement>('#language'));
for (const element of [signIn, mfaSetup]) {
  if (proxyUrl) element.setAttribute('proxy-url', proxyUrl);
  if (publishableKey) element.setAttribute('publishable-key', publishableKey);
}

if (proxyUrl) {
  modeDescription.textContent =
    'Offline: real clerk-js against the built-in emulator of Clerk’s Frontend API. ' +
    'Sign in with an account below; the panels show what its phone, authenticator app ' +
    'and mailbox would.';
  const panels = new EmulatorPanels(required<HTMLElement>('#emulator-panels'), proxyUrl, {
    fillCredentials: (email, password) => fillCredentials(signIn, email, password),
  });
  panels.start();
} else {
  modeDescription.textContent = `Against the Clerk instance at ${
    (publishableKey && frontendApiFromPublishableKey(publishableKey)) ?? 'an unknown host'
  }: sign in with one of its users.`;
}
