/**
 * The package's messages and their translator. Every user-facing string, aria labels
 * included, is keyed like `@clerk/localizations` so a Clerk localization object can be
 * passed as is.
 *
 * Keys that exist in `@clerk/localizations` keep Clerk's meaning; keys Clerk
 * does not have are prefixed `clerkMfaElements.` (ours) so they never clash.
 * Placeholders use Clerk's `{{name}}` syntax.
 *
 * The sign-in's English table comes in two halves: the first screen's, here, and the
 * rest, which loads with the sign-in flow (`src/sign-in-later-messages.ts`).
 * `src/english.ts` joins them.
 */
import type { laterSignInMessages } from './sign-in-later-messages.js';

/** The English messages of the sign-in's first screen: its credentials step and its load error. */
export const firstScreenMessages = {
  // Credentials step
  'signIn.start.title': 'Sign in to {{applicationName}}',
  // The title while the application's name is not known (before Clerk has loaded).
  'signUp.start.actionLink': 'Sign in',
  'signIn.start.subtitle': 'Welcome back! Please sign in to continue',
  formFieldLabel__emailAddress: 'Email address',
  formFieldLabel__password: 'Password',
  formButtonPrimary: 'Continue',
  formFieldAction__forgotPassword: 'Forgot password?',
  'clerkMfaElements.showPassword': 'Show password',
  'clerkMfaElements.busy': 'Please wait…',

  // The load-error view, which needs no flow (Clerk or the flow's file could not be loaded)
  'clerkMfaElements.errors.clerk_load_failed':
    'Sign-in could not be loaded. Check your connection and try again.',
  'signIn.protectCheck.retryButton': 'Try again',
} as const;

/** A key of the sign-in's message table. */
export type MessageKey = keyof typeof firstScreenMessages | keyof typeof laterSignInMessages;

/** An English message table: the sign-in's, or another element's (a `*-messages.ts` module under `src/`). */
export type MessageTable = Readonly<Record<string, string>>;

/** A length of time, shown through `Intl` in the largest unit that keeps it exact enough ("29 sec", "10 min"). */
export interface Duration {
  readonly seconds: number;
}

/**
 * The sign-in's English messages as far as they have loaded: the first screen's, then
 * every one once the sign-in flow has arrived with the rest (`addLaterSignInMessages`).
 * A translator reads its table at each lookup, so one made before the rest arrived
 * shows them too.
 */
export const loadedSignInMessages: Record<string, string> = { ...firstScreenMessages };

/** Adds the messages that arrive with the sign-in flow to `loadedSignInMessages`. */
export function addLaterSignInMessages(messages: typeof laterSignInMessages): void {
  Object.assign(loadedSignInMessages, messages);
}

/** Values substituted for `{{name}}` placeholders; durations are formatted for the language. */
export type MessageParams = Readonly<Record<string, string | Duration>>;

/** Looks up a message by key and fills its placeholders. */
export type Translate<Key extends string = MessageKey> = (
  key: Key,
  params?: MessageParams,
) => string;

/**
 * An object shaped like `@clerk/localizations` resources (nested, e.g.
 * `{ signIn: { totpMfa: { formTitle: '…' } } }`), or flat dotted keys.
 */
export interface LocalizationResource {
  readonly [key: string]: string | LocalizationResource | undefined;
}

/** The messages of one language, as a locale module exports them (`clerk-mfa-elements/locales/fr-FR`). */
export interface LocaleResource extends LocalizationResource {
  /** Its BCP 47 tag, e.g. `fr-FR`. */
  readonly locale: string;
}

/** What a translator translates from, besides its English table. */
export interface TranslatorOptions {
  /** The page's language's messages, from a locale module. */
  readonly locale?: LocaleResource | undefined;
  /** Overrides, key by key, over the locale's messages and English. */
  readonly localization?: LocalizationResource | undefined;
  /** Fills `{{applicationName}}`: the name in the Clerk instance's display configuration. */
  readonly applicationName?: string | undefined;
}

/**
 * For a message with a placeholder nothing fills, the message shown instead: the
 * sign-in's title names the application only once Clerk has told its name.
 */
const withoutPlaceholders: Readonly<Record<string, string>> = {
  'signIn.start.title': 'signUp.start.actionLink',
};

function flatten(resource: LocalizationResource, prefix: string, into: Map<string, string>): void {
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object') flatten(value, path, into);
  }
}

/**
 * Builds a translator for `table`: a message comes from `localization`, else `locale`,
 * else the English table. Placeholders are filled from `params` and `applicationName`,
 * each value between Unicode's first-strong and pop isolates, so that it keeps its own
 * direction (a masked `+1******0100` stays as it is in a right-to-left sentence);
 * durations are formatted by `Intl` in the language of `localization`, else of `locale`.
 * A placeholder nothing fills is never shown: the message falls back to one without it,
 * or the placeholder is left out.
 */
export function createTranslator<Table extends MessageTable>(
  table: Table,
  options: TranslatorOptions = {},
): Translate<keyof Table & string> {
  const messages = new Map<string, string>();
  if (options.locale) flatten(options.locale, '', messages);
  if (options.localization) flatten(options.localization, '', messages);
  let language = messages.get('locale') ?? 'en-US';
  try {
    new Intl.NumberFormat(language);
  } catch {
    // A tag Intl does not know, from a hand-made localization.
    language = 'en-US';
  }
  const format = (value: string | Duration): string => {
    if (typeof value === 'string') return value;
    const { seconds } = value;
    const [unit, size] =
      seconds < 60 ? ['second', 1] : seconds <= 5400 ? ['minute', 60] : ['hour', 3600];
    return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short' }).format(
      Math.ceil(seconds / size),
    );
  };
  const translate = (key: string, params: MessageParams = {}): string => {
    const values: MessageParams = { applicationName: options.applicationName ?? '', ...params };
    let unfilled = false;
    const text = (messages.get(key) ?? table[key] ?? '').replace(
      /\{\{([^}]*)\}\}/g,
      (_, name: string) => {
        const value = values[name.trim()];
        if (value) return `\u2068${format(value)}\u2069`;
        unfilled = true;
        return '';
      },
    );
    if (!unfilled) return text;
    const fallback = withoutPlaceholders[key];
    return fallback ? translate(fallback, params) : text.trim();
  };
  return translate;
}

/**
 * The locale of `locales` for a page in `language` (a `lang` value such as `fr` or
 * `pt-BR`): the one with that tag, else the first of the same language; none for a page
 * without a language or one that none matches (English is shown).
 */
export function localeForLanguage(
  locales: readonly LocaleResource[] | undefined,
  language: string,
): LocaleResource | undefined {
  const wanted = language.trim().toLowerCase();
  const primary = wanted.split('-')[0];
  return wanted
    ? (locales?.find(({ locale }) => locale.toLowerCase() === wanted) ??
        locales?.find(({ locale }) => locale.toLowerCase().split('-')[0] === primary))
    : undefined;
}
