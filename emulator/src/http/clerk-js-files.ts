import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Route, RouteParams } from './router.js';
import { sendText } from './messages.js';

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

/** A static-file endpoint of the route table: writes the response itself. */
export interface FileRoute extends Route<
  (req: IncomingMessage, res: ServerResponse, params: RouteParams) => void
> {
  readonly area: 'files';
}

/** A file of the clerk-js build: the first segment after `dist/`, never a path. */
const DIST_FILE_NAME = /^[A-Za-z0-9][\w.-]*$/;

/**
 * `GET /npm/@clerk/clerk-js@<version>/dist/<file>`, the path Clerk's CDN and proxies use,
 * answered from the installed package.
 */
export function clerkJsRoutes(clerkJs: ClerkJsPackage): FileRoute[] {
  return [
    {
      area: 'files',
      method: 'GET',
      path: '/npm/@clerk/clerk-js@{version}/dist/{file}',
      description: 'The installed @clerk/clerk-js browser build and its chunks.',
      handler: (req, res, params) =>
        serveClerkJsFile(
          req,
          res,
          { version: params.version ?? '', file: params.file ?? '' },
          clerkJs,
        ),
    },
  ];
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
  requested: { readonly version: string; readonly file: string },
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
  const { version: requestedVersion, file: fileName } = requested;
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
  const size = contentType && DIST_FILE_NAME.test(fileName) ? fileSize(filePath) : undefined;
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
  createReadStream(filePath)
    .on('error', () => res.destroy())
    .pipe(res);
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
