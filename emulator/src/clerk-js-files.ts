import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sendText } from './http.js';

/** Where the installed `@clerk/clerk-js` lives, or why it cannot be served. */
export type ClerkJsPackage =
  | { readonly installed: true; readonly version: string; readonly distDirectory: string }
  | { readonly installed: false };

/**
 * Finds the `@clerk/clerk-js` package installed next to the emulator. Its
 * `exports` map does not expose `package.json`, so the package entry is
 * resolved and the package root found from there.
 */
export function findInstalledClerkJs(): ClerkJsPackage {
  const require = createRequire(import.meta.url);
  let entryPath: string;
  try {
    entryPath = require.resolve('@clerk/clerk-js');
  } catch {
    return { installed: false };
  }
  for (
    let directory = dirname(entryPath);
    directory !== dirname(directory);
    directory = dirname(directory)
  ) {
    const packageJson = readPackageJson(join(directory, 'package.json'));
    if (packageJson?.name === '@clerk/clerk-js' && typeof packageJson.version === 'string') {
      return {
        installed: true,
        version: packageJson.version,
        distDirectory: join(directory, 'dist'),
      };
    }
  }
  return { installed: false };
}

function readPackageJson(path: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** `/npm/@clerk/clerk-js@<version>/dist/<file>` (the path Clerk's CDN and proxies use). */
const CLERK_JS_PATH = /^\/npm\/@clerk\/clerk-js@([^/]+)\/dist\/([^/]+)$/;

/** Whether `path` (below the mount path) is a clerk-js file request. */
export function isClerkJsPath(path: string): boolean {
  return path.startsWith('/npm/');
}

/**
 * Serves the clerk-js browser build and its chunks from the installed package,
 * for both the major version (`@6`, what script tags use) and the exact one
 * (`@6.40.0`, what chunks load relative to). Other versions, unknown files
 * and a missing package get a 404 that says why.
 */
export function serveClerkJsFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  clerkJs: ClerkJsPackage,
): void {
  if (!clerkJs.installed) {
    sendText(
      res,
      404,
      '@clerk/clerk-js is not installed, so the emulator cannot serve it.\n' +
        'Install it next to clerk-fapi-emulator:  npm install --save-dev @clerk/clerk-js@6\n' +
        'or load clerk-js from elsewhere (the clerk-js-url attribute).\n',
    );
    return;
  }
  const match = CLERK_JS_PATH.exec(path);
  if (!match) {
    sendText(
      res,
      404,
      `Not a clerk-js file path: ${path}\nExpected /npm/@clerk/clerk-js@${clerkJs.version}/dist/<file>.\n`,
    );
    return;
  }
  const [, requestedVersion = '', fileName = ''] = match;
  if (!versionMatches(requestedVersion, clerkJs.version)) {
    sendText(
      res,
      404,
      `@clerk/clerk-js@${requestedVersion} is not available: the installed version is ${clerkJs.version}.\n` +
        `Use @clerk/clerk-js@${clerkJs.version.split('.')[0]} or @clerk/clerk-js@${clerkJs.version}.\n`,
    );
    return;
  }
  const extension = fileName.slice(fileName.lastIndexOf('.'));
  const contentType = CONTENT_TYPES[extension];
  const filePath = join(clerkJs.distDirectory, fileName);
  const size = contentType && !fileName.startsWith('.') ? fileSize(filePath) : undefined;
  if (size === undefined || contentType === undefined) {
    sendText(res, 404, `@clerk/clerk-js@${clerkJs.version} has no file dist/${fileName}.\n`);
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', size);
  res.setHeader(
    'Cache-Control',
    requestedVersion === clerkJs.version
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=300',
  );
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(filePath).pipe(res);
}

function versionMatches(requested: string, installed: string): boolean {
  return requested === installed || installed.startsWith(`${requested}.`);
}

function fileSize(filePath: string): number | undefined {
  try {
    const stats = statSync(filePath);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
