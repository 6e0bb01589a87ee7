/**
 * The one loopback server the benchmark's pages load from, playing both a CDN and
 * Clerk's Frontend API (through a proxy path, as the element's `proxy-url` does):
 *
 * - `/<candidate>.html`: the candidate pages (`candidate-pages.mjs`);
 * - `/assets/clerk-mfa-elements.js`: the single-file build, `dist/browser/`, and
 *   `/assets/clerk-mfa-sign-in-flow.js`, the sign-in flow it imports beside it;
 * - `/__clerk/npm/@clerk/clerk-js@<6 | exact>/dist/<file>`: the installed clerk-js;
 * - `/__clerk/npm/@clerk/ui@<exact>/dist/<file>`: the unpacked `@clerk/ui` cache;
 * - every other `/__clerk/…` path: the Frontend API emulator, in this process.
 *
 * Scripts are compressed as a CDN would send them: brotli when the browser accepts it
 * (Chromium does on loopback, a secure context), else gzip, both at their highest
 * level, computed once per file. The server remembers the uncompressed bytes of
 * every file it served, so the size report can compress exactly what a page loaded, and
 * it lists every Frontend API request for the request counts.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

import { createEmulator } from 'clerk-fapi-emulator';
import { CLERK_UI_VERSION } from './clerk-ui-package.mjs';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const clerkJsDist = join(repositoryRoot, 'node_modules', '@clerk', 'clerk-js', 'dist');
/** The files of the browser build a sign-in page loads, by their path on this server. */
const elementsBuild = new Map(
  ['clerk-mfa-elements.js', 'clerk-mfa-sign-in-flow.js'].map((file) => [
    `/assets/${file}`,
    join(repositoryRoot, 'dist', 'browser', file),
  ]),
);

const CLERK_JS_FILE = /^\/__clerk\/npm\/@clerk\/clerk-js@([^/]+)\/dist\/([^/]+\.js)$/;
const CLERK_UI_FILE = /^\/__clerk\/npm\/@clerk\/ui@([^/]+)\/dist\/(.+\.js)$/;

/** gzip at level 9 and brotli at quality 11, the highest levels, as a CDN serves static files. */
function compress(raw) {
  return {
    raw,
    gzip: gzipSync(raw, { level: 9 }),
    brotli: brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/** Byte counts of a file as served uncompressed, gzipped and brotli-compressed. */
export function compressedSizes(raw) {
  const { gzip, brotli } = compress(raw);
  return { raw: raw.byteLength, gzip: gzip.byteLength, brotli: brotli.byteLength };
}

/**
 * @typedef {object} FapiRequest
 * @property {string} method the effective method (`_method` applied)
 * @property {string} path below `/__clerk`, without the query
 */

/**
 * Starts the server on 127.0.0.1 and a free port.
 * @param {object} options
 * @param {(options: { publishableKey: string }) => Promise<(path: string) => string | undefined>} options.createPages
 *   gives, for the emulator's publishable key, the HTML of a page path, if it is one
 * @param {string} options.clerkUiDist the unpacked `@clerk/ui` `dist` directory
 */
export async function startBenchServer({ createPages, clerkUiDist }) {
  // The benchmark submits hundreds of times from one address with wrong input on purpose.
  const emulator = createEmulator({ rateLimit: false, lockout: false });
  const page = await createPages({ publishableKey: emulator.publishableKey });
  const clerkJsVersion = emulator.clerkJsVersion;
  if (!clerkJsVersion) throw new Error('@clerk/clerk-js is not installed: run npm ci.');

  /** @type {Map<string, { type: string, raw: Buffer, gzip: Buffer, brotli: Buffer }>} by page path or file path */
  const encodedFiles = new Map();
  /** @type {Map<string, Buffer>} uncompressed bytes of every file served, by URL path */
  const servedBodies = new Map();
  /** @type {FapiRequest[]} */
  let fapiRequests = [];

  /** The file under `key`, compressed once: `load` gives its uncompressed bytes. */
  async function encodedFile(key, type, load) {
    let file = encodedFiles.get(key);
    if (!file) {
      file = { type, ...compress(await load()) };
      encodedFiles.set(key, file);
    }
    return file;
  }

  function sendEncoded(request, response, pathname, file) {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    const body = encoding === 'br' ? file.brotli : encoding === 'gzip' ? file.gzip : file.raw;
    servedBodies.set(pathname, file.raw);
    response.writeHead(200, {
      'content-type': file.type,
      'content-length': body.byteLength,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(body);
  }

  /** A static file for this path, or undefined. Paths never leave their directory. */
  function staticFileFor(pathname) {
    const elementsFile = elementsBuild.get(pathname);
    if (elementsFile) return elementsFile;
    const clerkJs = CLERK_JS_FILE.exec(pathname);
    if (clerkJs) {
      const [, version = '', fileName = ''] = clerkJs;
      const versionMatches = version === clerkJsVersion || clerkJsVersion.startsWith(`${version}.`);
      return versionMatches ? join(clerkJsDist, fileName) : undefined;
    }
    const clerkUi = CLERK_UI_FILE.exec(pathname);
    if (clerkUi && clerkUi[1] === CLERK_UI_VERSION) {
      const filePath = normalize(join(clerkUiDist, clerkUi[2] ?? ''));
      return filePath.startsWith(clerkUiDist + sep) ? filePath : undefined;
    }
    return undefined;
  }

  async function answer(request, response) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const html = page(url.pathname);
    if (html !== undefined) {
      const type = 'text/html; charset=utf-8';
      const file = await encodedFile(`page:${url.pathname}`, type, () => Buffer.from(html));
      sendEncoded(request, response, url.pathname, file);
      return;
    }
    const filePath = staticFileFor(url.pathname);
    if (filePath) {
      try {
        const file = await encodedFile(filePath, 'text/javascript', () => readFile(filePath));
        sendEncoded(request, response, url.pathname, file);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`No file ${url.pathname}\n`);
      }
      return;
    }
    if (url.pathname.startsWith('/__clerk/v1/')) {
      const override = url.searchParams.get('_method');
      const method = request.method === 'POST' && override ? override : (request.method ?? 'GET');
      fapiRequests.push({ method: method.toUpperCase(), path: url.pathname.slice(8) });
    }
    await emulator.handle(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`No page ${url.pathname}\n`);
    });
  }

  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      process.stderr.write(`bench server: ${request.url}: ${String(error)}\n`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());

  return {
    origin: `http://127.0.0.1:${address.port}`,
    emulator,
    clerkJsVersion,
    /** The uncompressed bytes served at a URL path, if it was served. */
    servedBody: (pathname) => servedBodies.get(pathname),
    /** Returns the Frontend API requests since the last call, and forgets them. */
    takeFapiRequests() {
      const taken = fapiRequests;
      fapiRequests = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
