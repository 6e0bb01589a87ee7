/**
 * The editor data `npm run build` generates from `custom-elements.json` describes every
 * element of the manifest: VS Code's `html.customData` and `css.customData`
 * (`dist/editors/vscode.*.json`) and JetBrains' web-types (`dist/editors/web-types.json`,
 * named by package.json's `web-types`).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(projectRoot, path), 'utf8')) as T;
}

interface ManifestElement {
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly { name: string }[];
  readonly events?: readonly { name?: string; type?: { text: string } }[];
  readonly cssProperties?: readonly { name: string }[];
}

const manifest = readJson<{ modules: { declarations?: ManifestElement[] }[] }>(
  'custom-elements.json',
);
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

interface VsCodeHtmlData {
  readonly tags: readonly { name: string; attributes: readonly { name: string }[] }[];
}
interface VsCodeCssData {
  readonly properties: readonly { name: string }[];
}
interface WebTypes {
  readonly name: string;
  readonly contributions: {
    readonly html: {
      readonly elements: readonly {
        name: string;
        attributes: readonly { name: string }[];
        events: readonly { name: string; type?: string }[];
      }[];
    };
  };
}

describe('editor data', () => {
  it('has the three elements of the manifest, at least', () => {
    assert.ok(elements.length >= 3, `the manifest lists ${elements.length} elements`);
  });

  it("VS Code's html.customData has every element with every attribute", () => {
    const data = readJson<VsCodeHtmlData>('dist/editors/vscode.html-custom-data.json');
    for (const element of elements) {
      const tag = data.tags.find((candidate) => candidate.name === element.tagName);
      assert.ok(tag, `<${element.tagName}> is missing`);
      assert.deepEqual(
        tag.attributes.map((attribute) => attribute.name),
        (element.attributes ?? []).map((attribute) => attribute.name),
      );
    }
  });

  it("VS Code's css.customData has every CSS custom property", () => {
    const data = readJson<VsCodeCssData>('dist/editors/vscode.css-custom-data.json');
    const names = data.properties.map((property) => property.name);
    for (const property of elements.flatMap((element) => element.cssProperties ?? [])) {
      assert.ok(names.includes(property.name), `${property.name} is missing`);
    }
  });

  it('web-types, named by package.json, has every element with its attributes and events, typed by their detail', () => {
    const packageJson = readJson<{ name: string; 'web-types': string }>('package.json');
    const webTypes = readJson<WebTypes>(packageJson['web-types']);
    assert.equal(webTypes.name, packageJson.name);
    for (const element of elements) {
      const entry = webTypes.contributions.html.elements.find(
        (candidate) => candidate.name === element.tagName,
      );
      assert.ok(entry, `<${element.tagName}> is missing`);
      assert.deepEqual(
        entry.attributes.map((attribute) => attribute.name),
        (element.attributes ?? []).map((attribute) => attribute.name),
      );
      assert.deepEqual(
        entry.events.map(({ name, type }) => ({ name, type })),
        (element.events ?? []).map((event) => ({ name: event.name, type: event.type?.text })),
      );
    }
  });
});
