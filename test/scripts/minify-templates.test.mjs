/**
 * The browser build's template minifier (`scripts/minify-templates.mjs`): it takes the
 * indentation out of `html`, `svg` and `css` templates, and comments out of `css` ones,
 * and touches nothing else: not other templates, not strings, not the `${…}` expressions
 * between a template's parts. Every line stays on its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const lineCount = (code) => code.split('\n').length;

describe('minifyTemplates', () => {
  it('takes the indentation out of html, svg and css templates, and keeps every line', () => {
    const code = [
      'const view = html`',
      '    <p class="a">',
      '      ${name}',
      '    </p>`;',
      'const icon = svg`<svg\n      viewBox="0 0 1 1"\n    ></svg>`;',
      'const sheet = css`\n  :host {\n    display: block;\n  }\n`;',
    ].join('\n');
    const minified = minifyTemplates(code);
    assert.equal(
      minified,
      [
        'const view = html`',
        '<p class="a">',
        '${name}',
        '</p>`;',
        'const icon = svg`<svg\nviewBox="0 0 1 1"\n></svg>`;',
        'const sheet = css`\n:host {\ndisplay: block;\n}\n`;',
      ].join('\n'),
    );
    assert.equal(lineCount(minified), lineCount(code));
  });

  it('takes comments out of css templates, keeping their line breaks', () => {
    const code = 'css`\n  a {\n    /* one\n       two */\n    color: red;\n  }\n`';
    const minified = minifyTemplates(code);
    assert.equal(minified, 'css`\na {\n\n\ncolor: red;\n}\n`');
    assert.equal(lineCount(minified), lineCount(code));
  });

  it('leaves html comments, other templates, strings and expressions as they are', () => {
    const code = [
      'const text = `line one',
      '    indented line two`;',
      "const quoted = 'a   b';",
      'const tagged = other`\n    kept`;',
      'const view = html`<p>${items.map((item) => `  ${item}\n    x`)}</p>`;',
      'const note = html`<!--   a comment   -->`;',
    ].join('\n');
    assert.equal(minifyTemplates(code), code);
  });

  it('minifies templates nested in another template’s expressions', () => {
    const code = 'html`<ul>\n  ${list.map((x) => html`\n    <li>${x}</li>`)}\n</ul>`';
    assert.equal(
      minifyTemplates(code),
      'html`<ul>\n${list.map((x) => html`\n<li>${x}</li>`)}\n</ul>`',
    );
  });
});
