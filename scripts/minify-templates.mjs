/**
 * An esbuild plugin for the browser build (`scripts/bundle-browser.mjs`) that takes the
 * source's indentation out of Lit's templates, which minifiers keep as it is: in every
 * `html`, `svg` and `css` tagged template of the emitted modules (`dist/src/`), the white
 * space that starts a line goes, and in `css` templates comments go too (but for their
 * line breaks). The page renders the same: HTML and CSS treat a run of white space
 * between tags, attributes and declarations as one, and the package has no `<pre>`,
 * `<textarea>` or `white-space: pre` whose text could change. Lines stay where they were,
 * so the modules' source maps still name their lines.
 *
 * Templates are found with TypeScript's parser (only the literal parts of a template are
 * touched, never its `${…}` expressions, which may hold templates of their own).
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import ts from 'typescript';

/** The tags whose templates are markup or style sheets. */
const minifiedTags = new Set(['html', 'svg', 'css']);

/** A line break and the indentation after it. */
const lineBreakAndIndentation = /\n[ \t]+/g;
const cssComment = /\/\*[\s\S]*?\*\//g;

/**
 * `code` with its `html`, `svg` and `css` templates' literal parts minified.
 * @param {string} code a JavaScript module
 * @param {string} fileName for the parser's messages
 */
export function minifyTemplates(code, fileName = 'module.js') {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  );
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const minifyPart = (part, isCss) => {
    const start = part.getStart(source);
    let text = code.slice(start, part.end);
    if (isCss) text = text.replace(cssComment, (comment) => comment.replace(/[^\n]/g, ''));
    text = text.replace(lineBreakAndIndentation, '\n');
    if (text.length !== part.end - start) edits.push({ start, end: part.end, text });
  };
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      minifiedTags.has(node.tag.text)
    ) {
      const isCss = node.tag.text === 'css';
      const { template } = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        minifyPart(template, isCss);
      } else {
        minifyPart(template.head, isCss);
        for (const span of template.templateSpans) minifyPart(span.literal, isCss);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let minified = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    minified = minified.slice(0, start) + text + minified.slice(end);
  }
  return minified;
}

/** @type {import('esbuild').Plugin} */
export const minifyTemplatesPlugin = {
  name: 'minify-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};
