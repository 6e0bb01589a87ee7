import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body the emulator reads: 1 MiB (FAPI forms and control bodies are tiny). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A larger body is drained (so the client reads the 413) up to this; beyond, the connection closes. */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;

/**
 * A request the emulator refuses before any handler sees it (a body it cannot read, a
 * malformed path or target): answered with `status` and the message, Clerk-shaped on FAPI
 * paths and `{ error }` on control paths.
 */
export class RequestRejected extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'RequestRejected';
    this.status = status;
  }
}

/**
 * Reads the whole request body as text (empty for GET and HEAD). A body over
 * {@link MAX_BODY_BYTES} is `RequestRejected` with 413; an interrupted one with 400.
 */
export async function readBody(req: IncomingMessage): Promise<string> {
  if (req.method === 'GET' || req.method === 'HEAD') return '';
  const tooLarge = () =>
    new RequestRejected(
      413,
      `The request body is larger than the limit of ${MAX_BODY_BYTES} bytes`,
    );
  if (Number(req.headers['content-length']) > MAX_DRAINED_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_DRAINED_BYTES) break;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    }
  } catch {
    throw new RequestRejected(
      400,
      'The request body could not be read: the connection was interrupted',
    );
  }
  if (size > MAX_BODY_BYTES) throw tooLarge();
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Path and query of a request target: the origin form (`/path?query`, what browsers send)
 * taken as it is, so `//[` is a path and never a host; the absolute form
 * (`http://host/path`, what proxies send) parsed as a URL. Garbage is `RequestRejected` (400).
 */
export function parseRequestTarget(target: string): { pathname: string; query: URLSearchParams } {
  if (target.startsWith('/')) {
    const withoutFragment = target.split('#', 1)[0] ?? '';
    const queryStart = withoutFragment.indexOf('?');
    return queryStart === -1
      ? { pathname: withoutFragment, query: new URLSearchParams() }
      : {
          pathname: withoutFragment.slice(0, queryStart),
          query: new URLSearchParams(withoutFragment.slice(queryStart + 1)),
        };
  }
  try {
    const url = new URL(target);
    return { pathname: url.pathname, query: url.searchParams };
  } catch {
    throw new RequestRejected(400, 'The request target is neither a path nor a URL');
  }
}

/** The host name a `Host` header names, lower case, without the port (`[::1]` keeps its brackets). */
export function hostNameOf(hostHeader: string | undefined): string | undefined {
  if (hostHeader === undefined || hostHeader === '') return undefined;
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end === -1 ? undefined : host.slice(0, end + 1);
  }
  return host.split(':', 1)[0];
}

/**
 * Whether a page of `origin` may change state here: no `Origin` (not a browser, or a
 * same-origin navigation), the page's own origin (same host and port as `Host`), or one of
 * `allowedOrigins`. `Origin: null` (sandboxed frames, files) never may.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  hostHeader: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === hostHeader?.trim().toLowerCase();
  } catch {
    return false;
  }
}

/** JSON text → value; `RequestRejected` (400) when it is not JSON. */
function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new RequestRejected(
      400,
      `The body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Parses a form body into string values: `application/x-www-form-urlencoded`
 * (what clerk-js sends) or JSON. Unknown parameters are kept and ignored by
 * the routes, as Clerk ignores them.
 */
export function parseFormBody(
  body: string,
  contentType: string | undefined,
): Record<string, string> {
  if (body.trim() === '') return {};
  if (contentType?.includes('application/json')) {
    const parsed = parseJson(body);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new RequestRejected(400, 'The JSON body must be an object of parameters');
    const form: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== null && value !== undefined) form[key] = String(value);
    }
    return form;
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/** Parses a JSON control-endpoint body; an empty body is `{}`. */
export function parseJsonBody(body: string): Record<string, unknown> {
  if (body.trim() === '') return {};
  const parsed = parseJson(body);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RequestRejected(400, 'The JSON body must be an object');
  }
  return parsed as Record<string, unknown>;
}

/** Cookie name → value from a `Cookie` header. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator < 1) continue;
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/** Writes a JSON response (or an empty one for 204). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string | readonly string[]>> = {},
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (status === 204 || body === undefined) {
    res.statusCode = status;
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** Writes a plain-text response. */
export function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/**
 * Adds CORS headers for an allowed cross-origin page and answers preflights.
 * Returns true when the request was a preflight and has been answered.
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowedOrigins: readonly string[],
): boolean {
  const origin = req.headers.origin;
  const allowed = origin !== undefined && allowedOrigins.includes(origin);
  if (allowed) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Clerk-Db-Jwt, X-Country');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined)
    return false;
  if (allowed) {
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    res.setHeader(
      'Access-Control-Allow-Headers',
      req.headers['access-control-request-headers'] ?? 'Content-Type',
    );
    res.setHeader('Access-Control-Max-Age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}
