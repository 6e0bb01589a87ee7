/**
 * The package's messages and what `@clerk/localizations` has for them, for the build of
 * the locale modules (`scripts/build-locales.mjs`) and the tests of the tables
 * (`test/message-tables/`).
 *
 * - English tables: the sign-in's first screen's (`firstScreenMessages` in
 *   `src/messages.ts`) and every `*-messages.ts` module under `src/` (the sign-in's later
 *   messages among them), each exporting its table as a `const`; a table added there is
 *   found by its file name, with no list to update.
 * - Keys: a key `@clerk/localizations` has keeps Clerk's name and meaning; the package's
 *   own keys start with `clerkMfaElements.`.
 * - Our translations: `src/translations/<locale>.ts`, one per locale, exporting by default
 *   a flat object from key to message: every key of ours, and the Clerk keys that
 *   `@clerk/localizations` leaves untranslated in that locale.
 * - A locale module holds, for every key of every table, Clerk's message in that locale,
 *   else ours; a key with neither falls back to English at run time (`fallbacks`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { tsImport } from 'tsx/esm/api';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const sourceDirectory = join(projectRoot, 'src');
const translationsDirectory = join(sourceDirectory, 'translations');

/** The prefix of the package's own keys. */
export const ownKeyPrefix = 'clerkMfaElements.';

/** Locales in which every key of ours must be translated (`src/translations/<locale>.ts`). */
export const requiredLocales = Object.freeze([
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
]);

/** Placeholders every message may use: the translator fills them wherever they appear. */
const placeholdersFilledEverywhere = new Set(['applicationName']);

/** Whether `key` is one of the package's own. */
export function isOwnKey(key) {
  return key.startsWith(ownKeyPrefix);
}

/** The names of the `{{…}}` placeholders of `message`, sorted, each once. */
export function placeholdersOf(message) {
  const names = [...message.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => match[1].trim());
  return [...new Set(names)].sort();
}

/** Whether `value` is a message table: an object whose values are all strings. */
function isMessageTable(value) {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.values(value).every((message) => typeof message === 'string')
  );
}

function importSource(path) {
  return tsImport(pathToFileURL(path).href, import.meta.url);
}

/**
 * Every English message table: `{ file, name, messages }`, `file` relative to the project.
 * A `*-messages.ts` module that exports no table is an error.
 */
export async function loadMessageTables() {
  const signIn = await importSource(join(sourceDirectory, 'messages.ts'));
  const tables = [
    { file: 'src/messages.ts', name: 'firstScreenMessages', messages: signIn.firstScreenMessages },
  ];
  const modules = readdirSync(sourceDirectory, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('-messages.ts'))
    .sort();
  for (const path of modules) {
    const file = relative(projectRoot, join(sourceDirectory, path)).split('\\').join('/');
    const exported = Object.entries(await importSource(join(sourceDirectory, path))).filter(
      ([, value]) => isMessageTable(value),
    );
    if (exported.length === 0) throw new Error(`${file} exports no message table`);
    for (const [name, messages] of exported) tables.push({ file, name, messages });
  }
  return tables;
}

/**
 * Every key of `tables` with its English message and the table it is in. A key in two
 * tables must have the same message in both.
 */
export function englishByKey(tables) {
  const english = new Map();
  for (const table of tables) {
    for (const [key, message] of Object.entries(table.messages)) {
      const known = english.get(key);
      if (known && known.message !== message) {
        throw new Error(
          `${key} is "${known.message}" in ${known.file} and "${message}" in ${table.file}`,
        );
      }
      english.set(key, known ?? { message, file: table.file });
    }
  }
  return english;
}

/** The value at a dotted `key` of a nested resource, and whether the path exists at all. */
export function lookUp(resource, key) {
  let current = resource;
  for (const part of key.split('.')) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) {
      return { exists: false, value: undefined };
    }
    current = current[part];
  }
  return { exists: true, value: current };
}

/** Every locale `@clerk/localizations` has: tag → its resource, in tag order. */
export async function loadClerkLocales() {
  const all = await import('@clerk/localizations');
  const locales = new Map();
  for (const resource of Object.values(all)) {
    if (resource && typeof resource === 'object' && typeof resource.locale === 'string') {
      locales.set(resource.locale, resource);
    }
  }
  return new Map([...locales].sort(([a], [b]) => a.localeCompare(b)));
}

/** Our translations: tag → `{ file, messages }`, from `src/translations/<tag>.ts`. */
export async function loadTranslations() {
  const translations = new Map();
  for (const name of readdirSync(translationsDirectory).sort()) {
    if (!name.endsWith('.ts')) continue;
    const tag = basename(name, '.ts');
    const module = await importSource(join(translationsDirectory, name));
    translations.set(tag, { file: `src/translations/${name}`, messages: module.default });
  }
  return translations;
}

/** `@clerk/localizations`' licence, which every locale module names. */
export function clerkLocalizationsLicence() {
  return readFileSync(
    fileURLToPath(import.meta.resolve('@clerk/localizations/package.json')).replace(
      /package\.json$/,
      'LICENSE',
    ),
    'utf8',
  );
}

/** Whether a locale is a variant of English, whose missing messages English fills as they are. */
function isEnglish(tag) {
  return tag === 'en' || tag.startsWith('en-');
}

/**
 * Clerk's message for `key` in a locale, unless it has none: missing, empty, or (outside
 * English) Clerk's English message left as it is.
 */
export function clerkTranslation(tag, key, clerkResource, clerkEnglish) {
  const message = lookUp(clerkResource, key).value;
  if (typeof message !== 'string' || message.trim() === '') return undefined;
  if (!isEnglish(tag) && message === lookUp(clerkEnglish, key).value) return undefined;
  return message;
}

/**
 * The messages of one locale (`tag`, Clerk's resource for it, Clerk's `en-US` resource)
 * for every key of `english`: Clerk's, else ours, else (for English variants) the table's. Returns the flat `messages`, the keys that fall back to
 * English (`fallbacks`), and Clerk messages left out because they use a placeholder the
 * elements do not fill (`unfillable`: `{ key, placeholders }`).
 */
export function localeMessages({ tag, clerkResource, clerkEnglish, translation, english }) {
  const messages = {};
  const fallbacks = [];
  const unfillable = [];
  for (const [key, { message: englishMessage }] of english) {
    const filled = new Set([...placeholdersOf(englishMessage), ...placeholdersFilledEverywhere]);
    const clerkMessage = isOwnKey(key)
      ? undefined
      : clerkTranslation(tag, key, clerkResource, clerkEnglish);
    let message;
    if (clerkMessage !== undefined) {
      const unknown = placeholdersOf(clerkMessage).filter((name) => !filled.has(name));
      if (unknown.length === 0) message = clerkMessage;
      else unfillable.push({ key, placeholders: unknown });
    }
    message ??= translation?.[key] ?? (isEnglish(tag) ? englishMessage : undefined);
    if (message === undefined) fallbacks.push(key);
    else messages[key] = message;
  }
  return { messages, fallbacks, unfillable };
}

/** A flat object of dotted keys as a nested one, shaped like `@clerk/localizations` resources. */
export function nest(flat) {
  const nested = {};
  for (const key of Object.keys(flat).sort()) {
    const parts = key.split('.');
    let node = nested;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts.at(-1)] = flat[key];
  }
  return nested;
}

/** The name a locale module exports its resource under, as `@clerk/localizations` does: `frFR`. */
export function exportNameOf(tag) {
  return tag.replaceAll('-', '');
}
