/**
 * The message tables against `@clerk/localizations` and our translations, and the
 * locale modules built from them (`scripts/message-tables.mjs`, `scripts/build-locales.mjs`).
 * Every English table is found by its file name, so a table added later is checked too.
 *
 * A failure names the key and the locale. The fallback report (which keys each locale
 * shows in English) is printed as the test's diagnostics; it fails only for a key of
 * ours in a required locale.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

import { localeModules } from '../../scripts/build-locales.mjs';
import {
  clerkTranslation,
  englishByKey,
  isOwnKey,
  loadClerkLocales,
  loadMessageTables,
  loadTranslations,
  lookUp,
  placeholdersOf,
  requiredLocales,
} from '../../scripts/message-tables.mjs';

/** Every key: its English message and table file. */
let english;
/** `@clerk/localizations`' locales by tag, and its en-US resource. */
let clerkLocales;
let clerkEnglish;
/** Our translations by tag: `{ file, messages }`. */
let translations;

before(async () => {
  english = englishByKey(await loadMessageTables());
  clerkLocales = await loadClerkLocales();
  clerkEnglish = clerkLocales.get('en-US');
  translations = await loadTranslations();
});

describe('English message tables', () => {
  it('include both halves of the sign-in table and every *-messages.ts module under src/', async () => {
    const tables = await loadMessageTables();
    const files = new Set(tables.map((table) => table.file));
    assert.ok(files.has('src/messages.ts'));
    assert.ok(files.has('src/sign-in-later-messages.ts'));
    assert.ok(files.has('src/mfa-setup-messages.ts'));
    assert.ok([...english.values()].some((entry) => entry.file === 'src/messages.ts'));
  });

  it('split the sign-in table into a first screen half and a later half that share no key', async () => {
    const tables = await loadMessageTables();
    const keysOf = (file) => Object.keys(tables.find((table) => table.file === file).messages);
    const later = new Set(keysOf('src/sign-in-later-messages.ts'));
    const shared = keysOf('src/messages.ts').filter((key) => later.has(key));
    assert.deepEqual(shared, [], 'a key belongs to one half: the first screen, or after it');
  });

  it('use only keys @clerk/localizations has in English, besides clerkMfaElements.*', () => {
    const missing = [...english]
      .filter(([key]) => !isOwnKey(key) && !lookUp(clerkEnglish, key).exists)
      .map(([key, { file }]) => `${key} (${file})`);
    assert.deepEqual(
      missing,
      [],
      `not in @clerk/localizations' en-US: use Clerk's key, or name it clerkMfaElements.…`,
    );
  });

  it('give a Clerk key the English Clerk gives it, so that every locale means the same', () => {
    const differing = [...english]
      .filter(([key, { message }]) => {
        const clerkMessage = lookUp(clerkEnglish, key).value;
        return !isOwnKey(key) && typeof clerkMessage === 'string' && clerkMessage !== message;
      })
      .map(
        ([key, { message }]) => `${key}: "${message}", Clerk: "${lookUp(clerkEnglish, key).value}"`,
      );
    assert.deepEqual(differing, [], 'take Clerk’s English, or a clerkMfaElements.… key of ours');
  });
});

describe('our translations (src/translations/)', () => {
  it('exist for every required locale, and only for locales @clerk/localizations has', () => {
    assert.deepEqual(
      requiredLocales.filter((tag) => !translations.has(tag)),
      [],
      'required locales without src/translations/<locale>.ts',
    );
    assert.deepEqual(
      [...translations.keys()].filter((tag) => !clerkLocales.has(tag)),
      [],
      'translations of locales @clerk/localizations does not have',
    );
  });

  it('translate every key of ours in every required locale', () => {
    const missing = requiredLocales.flatMap((tag) =>
      [...english.keys()]
        .filter((key) => isOwnKey(key) && translations.get(tag)?.messages[key] === undefined)
        .map((key) => `${tag}: ${key}`),
    );
    assert.deepEqual(missing, [], 'keys of ours without a translation');
  });

  it('hold only keys of the tables, and no Clerk key @clerk/localizations translates already', () => {
    const stale = [...translations].flatMap(([tag, { messages }]) =>
      Object.keys(messages).flatMap((key) => {
        if (!english.has(key)) return [`${tag}: ${key} is in no message table`];
        if (isOwnKey(key)) return [];
        const clerkMessage = clerkTranslation(tag, key, clerkLocales.get(tag), clerkEnglish);
        return clerkMessage === undefined
          ? []
          : [`${tag}: ${key} is translated by @clerk/localizations ("${clerkMessage}")`];
      }),
    );
    assert.deepEqual(stale, []);
  });

  it('use the placeholders of the English message, no more and no fewer', () => {
    const mismatched = [...translations].flatMap(([tag, { messages }]) =>
      Object.entries(messages)
        .filter(([key]) => english.has(key))
        .filter(
          ([key, message]) =>
            placeholdersOf(message).join() !== placeholdersOf(english.get(key).message).join(),
        )
        .map(([key, message]) => `${tag}: ${key}: "${message}"`),
    );
    assert.deepEqual(mismatched, []);
  });
});

describe('locale modules', () => {
  let modules;
  before(async () => {
    modules = await localeModules();
  });

  it('exist for every locale @clerk/localizations has, each exporting its resource by name', async () => {
    assert.deepEqual(
      modules.map((module) => module.tag),
      [...clerkLocales.keys()],
    );
    assert.ok(clerkLocales.size >= 45, `only ${clerkLocales.size} locales`);
    const french = modules.find((module) => module.tag === 'fr-FR');
    assert.match(french.javascript, /^\/\*! .*@clerk\/localizations.*NOTICE\.md/);
    const url = `data:text/javascript,${encodeURIComponent(french.javascript)}`;
    const { frFR } = await import(url);
    assert.equal(frFR['locale'], 'fr-FR');
    assert.equal(lookUp(frFR, 'clerkMfaElements.showPassword').value, 'Afficher le mot de passe');
    assert.equal(lookUp(frFR, 'formFieldLabel__password').value, 'Mot de passe');
    assert.equal(lookUp(frFR, 'signIn.signUp').exists, false, 'keys the elements do not use');
  });

  it('are small: a few kilobytes gzip each', () => {
    const largest = Math.max(...modules.map(({ javascript }) => gzipSync(javascript).length));
    // The sign-in's messages and <clerk-mfa-setup>'s, about 4 KB together in the largest.
    assert.ok(largest < 5_000, `the largest locale module is ${largest} B gzip`);
  });

  it('show no key of ours in English in a required locale; the report lists every fallback', (context) => {
    const failing = [];
    for (const { tag, fallbacks, unfillable } of modules) {
      if (fallbacks.length === 0 && unfillable.length === 0) {
        context.diagnostic(`${tag}: no fallback to English`);
        continue;
      }
      const own = fallbacks.filter(isOwnKey);
      const clerk = fallbacks.filter((key) => !isOwnKey(key));
      context.diagnostic(
        `${tag}: ${fallbacks.length} in English` +
          (own.length ? ` — ours: ${own.length}` : '') +
          (clerk.length ? ` — Clerk's: ${clerk.join(', ')}` : '') +
          unfillable
            .map(({ key, placeholders }) => ` — ${key} uses {{${placeholders.join('}}, {{')}}}`)
            .join(''),
      );
      if (requiredLocales.includes(tag)) failing.push(...own.map((key) => `${tag}: ${key}`));
    }
    assert.deepEqual(failing, [], 'keys of ours in English in required locales');
  });
});
