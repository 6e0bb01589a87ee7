#!/usr/bin/env node
/**
 * Generates, from `custom-elements.json`, what frameworks and editors need to know the
 * elements (run by `npm run build`, after TypeScript has emitted `dist/src/`):
 *
 * - `dist/frameworks/{react,preact,solid,vue,svelte}.d.ts`: each host's own typing of
 *   custom elements (React 19, Preact and Solid `JSX.IntrinsicElements`, Vue 3
 *   `GlobalComponents`, Svelte 5 `SvelteHTMLElements`), with every attribute, every
 *   settable property and every event, whose handler receives the event class
 *   (`ClerkMfaCompleteEvent`) with its typed `detail`;
 * - `dist/editors/vscode.html-custom-data.json` and `vscode.css-custom-data.json`
 *   (VS Code's `html.customData` and `css.customData`) and `dist/editors/web-types.json`
 *   (JetBrains IDEs, named by package.json's `web-types`), written by the
 *   custom-elements-manifest ecosystem's generators `custom-element-vs-code-integration`
 *   and `custom-element-jet-brains-integration`.
 *
 * The framework typings are written here rather than by that family's framework
 * generators, which type every event handler's argument as `CustomEvent<type>` (never the
 * event class), give React, Preact and Solid one fixed list of base attributes instead of
 * each framework's own, and type Svelte 4's `on:` directives instead of Svelte 5's event
 * attributes.
 *
 * Everything comes from the manifest: an element added to it (its JSDoc, its define
 * module) appears in every file without a change here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { getWebTypesData } from 'custom-element-jet-brains-integration';
import {
  getVsCodeCssCustomData,
  getVsCodeHtmlCustomData,
} from 'custom-element-vs-code-integration';
import * as prettier from 'prettier';

import { elementsOf, isPublicMember } from './custom-elements-api.mjs';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(projectRoot, 'custom-elements.json'), 'utf8'));
const packageJson = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
const frameworksDirectory = join(projectRoot, 'dist', 'frameworks');
const editorsDirectory = join(projectRoot, 'dist', 'editors');

/** @typedef {import('./custom-elements-api.mjs').ElementApi} ElementApi */

const elements = elementsOf(manifest);

/** A JSDoc comment holding `text` (which may span lines), or nothing for no text. */
function docComment(text, indent = '') {
  if (!text) return '';
  if (!text.includes('\n')) return `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n`;
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A property key, quoted unless it is an identifier. */
function key(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The module specifier, from `dist/frameworks/`, of a manifest module (`src/events.ts`). */
function declarationModule(modulePath) {
  const target = join(projectRoot, 'dist', modulePath.replace(/^\//, '').replace(/\.ts$/, '.js'));
  const specifier = relative(frameworksDirectory, target).split('\\').join(posix.sep);
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

/** `import type { … }` lines for every element class and event class. */
function typeImports() {
  const namesByModule = new Map();
  const add = (modulePath, name) => {
    const names = namesByModule.get(modulePath) ?? new Set();
    names.add(name);
    namesByModule.set(modulePath, names);
  };
  for (const element of elements) {
    add(element.modulePath, element.className);
    for (const event of element.events) add(event.eventClass.modulePath, event.eventClass.name);
  }
  return [...namesByModule]
    .map(
      ([modulePath, names]) =>
        `import type { ${[...names].sort().join(', ')} } from '${declarationModule(modulePath)}';`,
    )
    .join('\n');
}

/** The element's documentation shown on hover: its summary and its events. */
function elementDoc(element) {
  const events = element.events.map(
    (event) => `- \`${event.name}\` (\`${event.eventClass.name}\`): ${event.description}`,
  );
  return [element.summary, ...(events.length ? ['', 'Events:', ...events] : [])].join('\n');
}

/**
 * The members of one element's props for a host, named the host's way.
 * @param {ElementApi} element
 * @param {{ attribute: (name: string) => string, property: (name: string) => string, event: (name: string) => string }} naming
 */
function propsMembers(element, naming) {
  const fieldType = (fieldName) => `${element.className}[${JSON.stringify(fieldName)}]`;
  // An attribute without a property (documented with `@attr`) has the type its JSDoc gives.
  const attributeType = (attribute) =>
    attribute.fieldName ? fieldType(attribute.fieldName) : (attribute.type ?? 'string');
  return [
    ...element.attributes.map(
      (attribute) =>
        `${docComment(attribute.description, '  ')}  ${key(naming.attribute(attribute.name))}?: ${attributeType(attribute)};`,
    ),
    ...element.properties.map(
      (property) =>
        `${docComment(property.description, '  ')}  ${key(naming.property(property.name))}?: ${fieldType(property.name)};`,
    ),
    ...element.events.map(
      (event) =>
        `${docComment(event.description, '  ')}  ${key(naming.event(event.name))}?: (event: ${event.eventClass.name}) => void;`,
    ),
  ].join('\n');
}

/** `export interface ClerkMfaSignInProps { … }` for every element. */
function propsInterfaces(naming) {
  return elements
    .map(
      (element) =>
        `${docComment(`The attributes, properties and events of \`<${element.tagName}>\`.`)}export interface ${element.className}Props {\n${propsMembers(element, naming)}\n}`,
    )
    .join('\n\n');
}

/** The entries of an `IntrinsicElements`-like interface: tag → `wrap(props, class)`. */
function tagEntries(wrap, indent) {
  return elements
    .map(
      (element) =>
        `${docComment(elementDoc(element), indent)}${indent}${JSON.stringify(element.tagName)}: ${wrap(`${element.className}Props`, element.className)};`,
    )
    .join('\n');
}

const header = (host, usage) =>
  docComment(
    [
      `${host} typings of the clerk-mfa-elements custom elements: attributes, properties and`,
      'events, each event handler receiving the event class with its typed `detail`.',
      '',
      usage,
      '',
      'Generated from custom-elements.json by scripts/build-integrations.mjs; do not edit.',
    ].join('\n'),
  );

const sameName = (name) => name;
/** `publishable-key` → `publishableKey`. */
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
/** `clerk-mfa-complete` → `ClerkMfaComplete`. */
const pascalCase = (name) => camelCase(name).replace(/^[a-z]/, (letter) => letter.toUpperCase());

/** The typings for each host, by file name. */
const frameworkTypings = {
  'react.d.ts': `${header(
    'React 19',
    'Load them once in the application: `import type {} from \'clerk-mfa-elements/react\';`\n(or `"types": ["clerk-mfa-elements/react"]` in tsconfig.json).\nReact 19 sets a prop as a property when the element has one (`clerk`), else as an\nattribute; `onclerk-mfa-complete` listens for `clerk-mfa-complete`.',
  )}import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typeImports()}

${propsInterfaces({ attribute: sameName, property: sameName, event: (name) => `on${name}` })}

/** An element's own props, and React's HTML attributes that they do not replace. */
type ElementProps<Props, Element extends HTMLElement> = Props &
  Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Props>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${tagEntries((props, element) => `ElementProps<${props}, ${element}>`, '      ')}
    }
  }
}
`,

  'preact.d.ts': `${header(
    'Preact',
    "Load them once in the application: `import type {} from 'clerk-mfa-elements/preact';`.\nPreact sets a prop as a property when the element has one, else as an attribute;\n`onclerk-mfa-complete` listens for `clerk-mfa-complete`.",
  )}import type { HTMLAttributes } from 'preact';
${typeImports()}

${propsInterfaces({ attribute: sameName, property: sameName, event: (name) => `on${name}` })}

/** An element's own props, and Preact's HTML attributes that they do not replace. */
type ElementProps<Props, Element extends HTMLElement> = Props &
  Omit<HTMLAttributes<Element>, keyof Props>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
${tagEntries((props, element) => `ElementProps<${props}, ${element}>`, '      ')}
    }
  }
}
`,

  'solid.d.ts': `${header(
    'Solid',
    "Load them once in the application: `import type {} from 'clerk-mfa-elements/solid';`.\nAttributes by their names, properties as `prop:clerk`, events as `on:clerk-mfa-complete`.",
  )}import type { JSX } from 'solid-js';
${typeImports()}

${propsInterfaces({
  attribute: sameName,
  property: (name) => `prop:${name}`,
  event: (name) => `on:${name}`,
})}

/** An element's own props, and Solid's HTML attributes that they do not replace. */
type ElementProps<Props, Element extends HTMLElement> = Props &
  Omit<JSX.HTMLAttributes<Element>, keyof Props>;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
${tagEntries((props, element) => `ElementProps<${props}, ${element}>`, '      ')}
    }
  }
}
`,

  'vue.d.ts': `${header(
    'Vue 3',
    'Load them once in the application: `import type {} from \'clerk-mfa-elements/vue\';`, and tell\nVue\'s compiler that the tags are custom elements (`compilerOptions.isCustomElement`).\nIn templates: `:publishable-key="key"`, `:clerk="clerk"`, `@clerk-mfa-complete="onComplete"`.',
  )}import type { DefineComponent, HTMLAttributes } from 'vue';
${typeImports()}

${propsInterfaces({
  // Vue's templates name props in camel case: \`:publishable-key\` sets \`publishableKey\`,
  // and \`@clerk-mfa-complete\` listens through \`onClerkMfaComplete\`.
  attribute: camelCase,
  property: sameName,
  event: (name) => `on${pascalCase(name)}`,
})}

declare module 'vue' {
  interface GlobalComponents {
${tagEntries((props) => `DefineComponent<${props} & Omit<HTMLAttributes, keyof ${props}>>`, '    ')}
  }
}
`,

  'svelte.d.ts': `${header(
    'Svelte 5',
    "Load them once in the application: `import type {} from 'clerk-mfa-elements/svelte';`.\nSvelte sets an attribute as a property when the element has one (`clerk={clerk}`);\n`onclerk-mfa-complete={…}` listens for `clerk-mfa-complete`.",
  )}import type { HTMLAttributes } from 'svelte/elements';
${typeImports()}

${propsInterfaces({ attribute: sameName, property: sameName, event: (name) => `on${name}` })}

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${tagEntries((props, element) => `${props} & Omit<HTMLAttributes<${element}>, keyof ${props}>`, '    ')}
  }
}
`,
};

/**
 * The manifest as the editor-data generators should read it: members that are not
 * public API (private and protected fields and methods) left out.
 */
function publicApiManifest() {
  const copy = structuredClone(manifest);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.members) declaration.members = declaration.members.filter(isPublicMember);
    }
  }
  return copy;
}

function documentationReference() {
  return packageJson.homepage
    ? { name: 'Documentation', url: `${packageJson.homepage.replace(/#.*$/, '')}#element-api` }
    : undefined;
}

function editorData() {
  const apiManifest = publicApiManifest();
  const common = { hideLogs: true };
  const referencesTemplate = () => [documentationReference()].filter(Boolean);
  return {
    'vscode.html-custom-data.json': getVsCodeHtmlCustomData(structuredClone(apiManifest), {
      ...common,
      referencesTemplate,
    }),
    'vscode.css-custom-data.json': getVsCodeCssCustomData(structuredClone(apiManifest), common),
    'web-types.json': getWebTypesData(structuredClone(apiManifest), {
      ...common,
      ...(packageJson.homepage && {
        referenceTemplate: () => documentationReference(),
      }),
    }),
  };
}

async function writeFormatted(path, text, parser) {
  mkdirSync(dirname(path), { recursive: true });
  const formatted = await prettier.format(text, {
    ...((await prettier.resolveConfig(path)) ?? {}),
    parser,
  });
  writeFileSync(path, formatted);
  return formatted.length;
}

/**
 * The JavaScript beside each typing: an empty module, so that a plain
 * `import 'clerk-mfa-elements/react'` (not only `import type`) resolves in every tool.
 */
const emptyModule = (typingFile) =>
  `// Types only: see ${typingFile}. Generated by scripts/build-integrations.mjs.\nexport {};\n`;

const written = [];
for (const [file, text] of Object.entries(frameworkTypings)) {
  const path = join(frameworksDirectory, file);
  written.push([relative(projectRoot, path), await writeFormatted(path, text, 'typescript')]);
  writeFileSync(path.replace(/\.d\.ts$/, '.js'), emptyModule(file));
}
for (const [file, text] of Object.entries(editorData())) {
  const path = join(editorsDirectory, file);
  written.push([relative(projectRoot, path), await writeFormatted(path, text, 'json')]);
}
console.log(
  `Wrote ${written.map(([path, size]) => `${path} (${(size / 1024).toFixed(1)} KB)`).join(', ')}.`,
);
