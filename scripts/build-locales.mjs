#!/usr/bin/env node
/**
 * Builds the locale modules, `dist/locales/<locale>.js` with its `.d.ts`, one for every
 * locale `@clerk/localizations` has (`clerk-mfa-elements/locales/fr-FR`, …): each exports
 * one resource (`frFR`), shaped like `@clerk/localizations`' and holding only the keys
 * the elements use, with Clerk's message in that locale where it has one and ours
 * (`src/translations/<locale>.ts`) otherwise; a key with neither is left out, so that the
 * elements show it in English (see `scripts/message-tables.mjs`). Beside them,
 * `dist/locales/NOTICE.md` carries `@clerk/localizations`' licence, which each module names.
 *
 * Run by `npm run build`, after TypeScript has emitted `dist/src/` (the declarations
 * import `LocaleResource` from it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

import {
  clerkLocalizationsLicence,
  englishByKey,
  exportNameOf,
  loadClerkLocales,
  loadMessageTables,
  loadTranslations,
  localeMessages,
  nest,
} from './message-tables.mjs';

const localesDirectory = fileURLToPath(new URL('../dist/locales', import.meta.url));

/** The comment that opens every module: where its messages come from, and under which licence. */
const provenance =
  '/*! clerk-mfa-elements locale module (MIT). Messages from @clerk/localizations, ' +
  'Copyright (c) 2022 Clerk, Inc., MIT License: see ./NOTICE.md. */';

/** The name of a locale for people, in English: `French (France)`. */
const displayNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** Every locale module's tag, file text and declarations, and what falls back to English. */
export async function localeModules() {
  const english = englishByKey(await loadMessageTables());
  const clerkLocales = await loadClerkLocales();
  const translations = await loadTranslations();
  const clerkEnglish = clerkLocales.get('en-US');
  return [...clerkLocales].map(([tag, clerkResource]) => {
    const { messages, fallbacks, unfillable } = localeMessages({
      tag,
      clerkResource,
      clerkEnglish,
      translation: translations.get(tag)?.messages,
      english,
    });
    const name = exportNameOf(tag);
    const resource = { locale: tag, ...nest(messages) };
    const javascript = `${provenance}\nexport const ${name} = ${JSON.stringify(resource)};\n`;
    const declarations =
      `import type { LocaleResource } from '../src/messages.js';\n\n` +
      `/** The messages of clerk-mfa-elements in ${displayNames.of(tag) ?? tag}, \`${tag}\`, for the \`locales\` property. */\n` +
      `export declare const ${name}: LocaleResource;\n`;
    return { tag, javascript, declarations, fallbacks, unfillable };
  });
}

/** Writes every locale module and NOTICE.md into `dist/locales/`; returns the modules. */
export async function writeLocaleModules() {
  const modules = await localeModules();
  mkdirSync(localesDirectory, { recursive: true });
  for (const { tag, javascript, declarations } of modules) {
    writeFileSync(join(localesDirectory, `${tag}.js`), javascript);
    writeFileSync(join(localesDirectory, `${tag}.d.ts`), declarations);
  }
  writeFileSync(
    join(localesDirectory, 'NOTICE.md'),
    '# Notice\n\nThe locale modules in this folder hold messages from ' +
      '[`@clerk/localizations`](https://www.npmjs.com/package/@clerk/localizations), ' +
      'under its licence:\n\n```text\n' +
      clerkLocalizationsLicence().trim() +
      '\n```\n',
  );
  return modules;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const modules = await writeLocaleModules();
  const sizes = modules.map(({ javascript }) => gzipSync(javascript, { level: 9 }).length);
  console.log(
    `Wrote ${modules.length} locale modules to dist/locales/ ` +
      `(${Math.min(...sizes)}–${Math.max(...sizes)} B gzip each).`,
  );
}
