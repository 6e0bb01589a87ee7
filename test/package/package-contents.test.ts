/**
 * What `npm pack` would publish (after `npm run build`): a licence, the links back to the
 * repository, every file the README links to (or an absolute link), source maps whose
 * sources are inside the package or inside the map, and the README's claim about the
 * package's dependencies. `npm run test:package` then runs publint (strict) and
 * Are the Types Wrong (ESM profile) on the same tarball.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly homepage?: string;
  readonly repository?: { readonly type: string; readonly url: string };
  readonly bugs?: { readonly url: string };
  readonly keywords?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
}

interface SourceMap {
  readonly sources: readonly string[];
  readonly sourceRoot?: string;
  readonly sourcesContent?: readonly (string | null)[];
}

const packageJson = JSON.parse(
  readFileSync(join(projectRoot, 'package.json'), 'utf8'),
) as PackageJson;
const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');

/** The files `npm pack` would put in the tarball, relative to the package root. */
function packedFiles(): Set<string> {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [packed] = JSON.parse(output) as [{ files: { path: string }[] }];
  return new Set(packed.files.map((file) => file.path));
}

describe('the published package', () => {
  let files: Set<string>;
  before(() => {
    files = packedFiles();
    assert.ok(files.has('dist/src/index.js'), 'dist/ is missing: run `npm run build` first.');
  });

  it('ships its MIT licence and names its repository, home page, issue tracker and keywords', () => {
    assert.ok(files.has('LICENSE'), 'LICENSE is not packed');
    assert.match(readFileSync(join(projectRoot, 'LICENSE'), 'utf8'), /^MIT License/);
    assert.equal(packageJson.license, 'MIT');
    assert.match(packageJson.repository?.url ?? '', /^git\+https:\/\/github\.com\/.+\.git$/);
    assert.match(packageJson.homepage ?? '', /^https:\/\//);
    assert.match(packageJson.bugs?.url ?? '', /^https:\/\/.+\/issues$/);
    assert.ok((packageJson.keywords ?? []).length > 0, 'no keywords');
  });

  it('ships every file the README links to, or links to it absolutely', () => {
    // Examples in code blocks and code spans are not links of the README.
    const prose = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
    const targets = [
      ...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g),
      ...prose.matchAll(/\b(?:src|href)="([^"]+)"/g),
    ].map((match) => match[1]);
    const relative = targets.filter((target) => !/^(?:[a-z][a-z+.-]*:|#|\/\/)/i.test(target));
    const missing = relative
      .map((target) => posix.normalize(target.replace(/[#?].*$/, '')))
      .filter((path) => !files.has(path));
    assert.deepEqual(missing, [], 'README links to files the package does not ship');
  });

  it('has source maps whose every source is inside the map or inside the package', () => {
    const maps = [...files].filter((file) => file.endsWith('.map'));
    assert.ok(maps.length > 0, 'no source maps packed');
    const unresolved = maps.flatMap((mapPath) => {
      const map = JSON.parse(readFileSync(join(projectRoot, mapPath), 'utf8')) as SourceMap;
      return map.sources
        .map((source, index) => ({ source, content: map.sourcesContent?.[index] }))
        .filter(({ content }) => typeof content !== 'string')
        .map(({ source }) =>
          posix.normalize(posix.join(posix.dirname(mapPath), map.sourceRoot ?? '', source)),
        )
        .filter((sourcePath) => !files.has(sourcePath))
        .map((sourcePath) => `${mapPath} → ${sourcePath}`);
    });
    assert.deepEqual(unresolved, []);
  });

  it('names its own version in every CDN address of the README', () => {
    // The single-file build imports its flow from beside it: both must be of one release.
    const addresses = [
      ...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/clerk-mfa-elements[^/]*\//g),
    ];
    assert.ok(addresses.length > 0, 'the README gives no CDN address');
    for (const [address] of addresses) {
      assert.equal(
        address,
        `https://cdn.jsdelivr.net/npm/${packageJson.name}@${packageJson.version}/`,
      );
    }
  });

  it('depends on exactly what the README says it depends on', () => {
    const claim = /depends on ((?:`[^`]+`(?:, | and )?)+) only/.exec(readme);
    assert.ok(claim, 'the README no longer says what the package depends on');
    const claimed = [...claim[1].matchAll(/`([^`]+)`/g)].map((match) => match[1]).sort();
    assert.deepEqual(Object.keys(packageJson.dependencies ?? {}).sort(), claimed);
  });
});
