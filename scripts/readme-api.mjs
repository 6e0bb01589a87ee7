#!/usr/bin/env node
/**
 * Writes the README's element API reference from `custom-elements.json`, between the
 * lines `<!-- api:start -->` and `<!-- api:end -->`: for each tag its attributes,
 * properties, methods, events (with their `detail` types and classes), slots, CSS parts and CSS
 * custom properties. The tables are never edited by hand: change the JSDoc in
 * `src/elements/`, then run `npm run analyze && npm run readme:api`.
 *
 *   node scripts/readme-api.mjs           rewrite the block in README.md
 *   node scripts/readme-api.mjs --check   fail when the block is stale
 *
 * The block is formatted with Prettier, so `prettier --check` and this check agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import * as prettier from 'prettier';

import { elementsOf, isPublicMember } from './custom-elements-api.mjs';

const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
const startMarker = '<!-- api:start -->';
const endMarker = '<!-- api:end -->';
const checkOnly = process.argv.includes('--check');

/** @typedef {import('custom-elements-manifest/schema').Package} Manifest */

/** Text for one table cell: one line, pipes escaped (also inside code spans, as GFM wants). */
function cell(text) {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function code(text) {
  return text ? `\`${text}\`` : '';
}

function table(headings, rows) {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function section(title, headings, rows) {
  return rows.length === 0 ? [] : [`#### ${title}`, table(headings, rows)];
}

/** @param {import('./custom-elements-api.mjs').ElementApi} elementApi */
function describeElement(elementApi) {
  const element = elementApi.declaration;
  const members = (element.members ?? []).filter(isPublicMember);
  const fields = members.filter((member) => member.kind === 'field');
  const fieldByName = new Map(fields.map((field) => [field.name, field]));
  const attributes = element.attributes ?? [];
  const attributeFieldNames = new Set(attributes.map((attribute) => attribute.fieldName));
  const summary = elementApi.summary;

  const attributeRows = attributes.map((attribute) => {
    const field = fieldByName.get(attribute.fieldName ?? '');
    return [
      code(attribute.name),
      code(attribute.fieldName),
      code(attribute.type?.text ?? field?.type?.text),
      code(attribute.default ?? field?.default),
      attribute.description ?? field?.description,
    ];
  });
  const propertyRows = fields
    .filter((field) => !attributeFieldNames.has(field.name))
    .map((field) => [
      code(field.name),
      code(field.type?.text),
      [
        field.readonly && !/read-only/i.test(field.description ?? '') ? 'Read-only.' : '',
        field.description ?? '',
      ]
        .filter(Boolean)
        .join(' '),
    ]);
  const methodRows = members
    .filter((member) => member.kind === 'method')
    .map((method) => {
      const parameters = (method.parameters ?? [])
        .map((parameter) => `${parameter.name}${parameter.type ? `: ${parameter.type.text}` : ''}`)
        .join(', ');
      const returns = method.return?.type?.text ?? 'void';
      return [code(`${method.name}(${parameters}): ${returns}`), method.description];
    });
  const eventRows = elementApi.events.map((event) => [
    code(event.name),
    code(event.detailType),
    code(event.eventClass.name),
    event.description,
  ]);
  const slotRows = (element.slots ?? []).map((slot) => [
    slot.name === '' ? '(default)' : code(slot.name),
    slot.description,
  ]);
  const partRows = (element.cssParts ?? []).map((part) => [code(part.name), part.description]);
  const cssPropertyRows = (element.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    property.description,
  ]);

  return [
    `### \`<${element.tagName}>\``,
    ...(summary ? [summary] : []),
    ...section(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributeRows,
    ),
    ...section('Properties', ['Property', 'Type', 'Description'], propertyRows),
    ...section('Methods', ['Method', 'Description'], methodRows),
    ...section('Events', ['Event', 'Detail', 'Class', 'Description'], eventRows),
    ...section('Slots', ['Slot', 'Description'], slotRows),
    ...section('CSS parts', ['Part', 'Description'], partRows),
    ...section('CSS custom properties', ['Property', 'Default', 'Description'], cssPropertyRows),
  ].join('\n\n');
}

/** @param {Manifest} manifest */
async function renderApiBlock(manifest) {
  const markdown = [
    '<!-- Generated from custom-elements.json by `npm run readme:api`; do not edit by hand. -->',
    ...elementsOf(manifest).map(describeElement),
  ].join('\n\n');
  const prettierOptions = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(markdown, { ...prettierOptions, parser: 'markdown' });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const readme = (() => {
  try {
    return readFileSync(readmePath, 'utf8');
  } catch {
    return fail(`README.md is missing; it needs a ${startMarker} … ${endMarker} block.`);
  }
})();
const manifest = (() => {
  try {
    return JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return fail('custom-elements.json is missing or unreadable; run `npm run analyze` first.');
  }
})();

const start = readme.indexOf(startMarker);
const end = readme.indexOf(endMarker);
if (start === -1 || end === -1 || end < start) {
  fail(
    `README.md needs the lines ${startMarker} and ${endMarker}, in that order, around the API tables.`,
  );
}

const updatedReadme = `${readme.slice(0, start + startMarker.length)}\n\n${await renderApiBlock(manifest)}\n${readme.slice(end)}`;

if (!checkOnly) {
  writeFileSync(readmePath, updatedReadme);
  console.log('Wrote the element API tables in README.md.');
} else if (updatedReadme === readme) {
  console.log('README.md element API tables are up to date.');
} else {
  fail(
    "README.md's element API tables do not match custom-elements.json. " +
      'Run `npm run readme:api` and commit README.md.',
  );
}
