import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { ControlTargetNotFound, InvalidControlInput } from '../control/control-errors.js';
import { CONTROL_PREFIX } from '../control/control-routes.js';
import type { ControlRoute } from '../control/control-routes.js';
import type { FaultInjector } from '../control/faults.js';
import { FapiError, fapiErrors } from '../domain/errors.js';
import type { FapiResponder } from '../fapi/fapi-responder.js';
import type { FapiResult, FapiRoute } from '../fapi/fapi-routes.js';
import { errorBody, specViolationBody } from '../fapi/serializers.js';
import type { FapiResponseForValidation } from '../options.js';
import type { FileRoute } from './clerk-js-files.js';
import { isLoopbackHost } from './loopback.js';
import {
  applyCors,
  hostNameOf,
  isAllowedOrigin,
  parseCookies,
  parseFormBody,
  parseJsonBody,
  parseRequestTarget,
  readBody,
  RequestRejected,
  sendJson,
  sendText,
} from './messages.js';
import type { RateLimiter } from './rate-limiter.js';
import { MalformedPathError, type RouteLookup, type RouteTable } from './router.js';

/** Every endpoint the emulator has, in one table. */
export type EmulatorRoute = FapiRoute | ControlRoute | FileRoute;

/** Connect-style `next`: called for requests outside the mount path. */
export type NextFunction = (error?: unknown) => void;

/** What the request handler works with. */
export interface RequestHandlerDependencies {
  readonly mountPath: string;
  readonly routes: RouteTable<EmulatorRoute>;
  readonly fapi: FapiResponder;
  readonly faults: FaultInjector;
  readonly rateLimiter: RateLimiter | undefined;
  readonly corsOrigins: readonly string[];
  /** Host names answered besides loopback ones. */
  readonly allowedHosts: readonly string[];
  readonly now: () => number;
  readonly validateResponse:
    ((response: FapiResponseForValidation) => readonly string[]) | undefined;
  readonly log: ((line: string) => void) | undefined;
}

/** One request as the handler sees it once its target is parsed. */
interface ParsedRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Path below the mount path. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** `_method` of a POST, else the HTTP method. */
  readonly method: string;
  readonly area: 'control' | 'fapi';
}

/** Methods that change nothing: anyone may call them (CORS still decides who reads the answer). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Longest path written to the request log. */
const LOGGED_PATH_LENGTH = 200;

/**
 * The emulator's HTTP side, around the route table: mount path, loopback address and
 * `Host` checks, CORS, the `Origin` check for anything that changes state, faults, the
 * rate limit and the spec check, all inside one error boundary. A refused request answers
 * 4xx; anything else that goes wrong answers 500 and writes its stack to stderr. The
 * returned promise never rejects.
 */
export class RequestHandler {
  readonly #deps: RequestHandlerDependencies;

  constructor(deps: RequestHandlerDependencies) {
    this.#deps = deps;
  }

  /** Whether a request target (path + query) is under the mount path; false for garbage. */
  handles(target: string): boolean {
    try {
      return this.#pathBelowMount(parseRequestTarget(target).pathname) !== undefined;
    } catch {
      return false;
    }
  }

  readonly handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    next?: NextFunction,
  ): Promise<void> => {
    const startedAt = Date.now();
    let parsed: ParsedRequest | undefined;
    let outcome: string | undefined;
    try {
      const { pathname, query } = parseRequestTarget(req.url ?? '/');
      const path = this.#pathBelowMount(pathname);
      if (path === undefined) {
        if (next) next();
        else
          sendText(
            res,
            404,
            `Not found. The Clerk emulator answers under ${this.#deps.mountPath || '/'}.\n`,
          );
        return;
      }
      parsed = {
        req,
        res,
        path,
        query,
        method: effectiveMethod(req, query),
        area: path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`) ? 'control' : 'fapi',
      };
      outcome = await this.#answer(parsed);
    } catch (error) {
      this.#answerFailure(parsed, res, error);
    } finally {
      if (parsed !== undefined) this.#logRequest(parsed, outcome, startedAt);
    }
  };

  /** Answers a request under the mount path; returns how it ended when that is not a status. */
  async #answer(request: ParsedRequest): Promise<string | undefined> {
    const { req, res, path, area } = request;
    // A dev server started with `--host` also listens on other interfaces; the emulator
    // still answers only requests that arrive on a loopback address…
    if (!isLoopbackHost(req.socket.localAddress ?? '')) {
      sendText(res, 403, 'The Clerk emulator answers only requests made to a loopback address.\n');
      return undefined;
    }
    // …and that name a loopback or configured host, so a DNS-rebinding page cannot reach it.
    const hostName = hostNameOf(req.headers.host);
    if (
      hostName === undefined ||
      !(isLoopbackHost(hostName) || this.#deps.allowedHosts.includes(hostName))
    ) {
      sendText(
        res,
        403,
        'The Clerk emulator answers only requests for a loopback host (127.0.0.1, ::1, localhost) or one given in allowedHosts (--allowed-host).\n',
      );
      return undefined;
    }
    if (applyCors(req, res, this.#deps.corsOrigins)) return undefined;
    const changesState =
      !SAFE_METHODS.has(request.method) || !SAFE_METHODS.has(req.method ?? 'GET');
    if (
      changesState &&
      !isAllowedOrigin(req.headers.origin, req.headers.host, this.#deps.corsOrigins)
    ) {
      throw new RequestRejected(
        403,
        `Requests from ${String(req.headers.origin).slice(0, 200)} may not change the emulator's state: it is neither this page's origin nor one of corsOrigins (--cors-origin).`,
      );
    }
    if (area === 'control') {
      this.#answerControl(
        request,
        this.#deps.routes.lookup(req.method ?? 'GET', path),
        await readBody(req),
      );
      return undefined;
    }
    const latency = this.#deps.faults.latencyFor(path);
    if (latency > 0) await delay(latency);
    const failure = this.#deps.faults.takeFailure(path);
    if (failure?.drop === true) {
      cutOffReply(res);
      return 'connection dropped';
    }
    if (failure && failure.drop === false) {
      const headers: Record<string, string> =
        failure.retryAfterSeconds !== undefined
          ? { 'Retry-After': String(failure.retryAfterSeconds) }
          : {};
      sendJson(res, failure.status, errorBody(fapiErrors.injected(failure.status)), headers);
      return undefined;
    }
    const lookup = this.#deps.routes.lookup(request.method, path);
    if (lookup.kind === 'matched' && lookup.route.area === 'files') {
      if (failure?.drop === 'after') {
        cutOffReply(res);
        return 'connection dropped';
      }
      lookup.route.handler(req, res, lookup.params);
      return undefined;
    }
    const result = this.#answerFapi(request, lookup, await readBody(req));
    if (failure?.drop === 'after') {
      cutOffReply(res);
      return `processed (${result.status}), reply dropped`;
    }
    if (result.setCookies && result.setCookies.length > 0)
      res.setHeader('Set-Cookie', [...result.setCookies]);
    sendJson(res, result.status, result.body, result.headers);
    return undefined;
  }

  #answerControl(
    request: ParsedRequest,
    lookup: RouteLookup<EmulatorRoute>,
    rawBody: string,
  ): void {
    const { req, res, query } = request;
    if (lookup.kind === 'wrong-method') {
      res.setHeader('Allow', lookup.allowedMethods.join(', '));
      sendJson(res, 405, {
        error: `${req.method ?? 'GET'} is not allowed here; use ${lookup.allowedMethods.join(' or ')}`,
      });
      return;
    }
    if (lookup.kind !== 'matched' || lookup.route.area !== 'control')
      throw new ControlTargetNotFound(
        `Control endpoint ${req.method ?? 'GET'} ${this.#deps.mountPath}${request.path}`.slice(
          0,
          300,
        ),
      );
    if (!SAFE_METHODS.has(request.method) && !isJsonContentType(req.headers['content-type']))
      throw new RequestRejected(
        415,
        'Control requests that change state need Content-Type: application/json (a JSON object body, `{}` when empty)',
      );
    const body = parseJsonBody(rawBody);
    const result = lookup.route.handler({ params: lookup.params, query, body });
    sendJson(res, result.status, result.body);
  }

  #answerFapi(
    request: ParsedRequest,
    lookup: RouteLookup<EmulatorRoute>,
    rawBody: string,
  ): FapiResult {
    const { req, method, path, query } = request;
    const form = parseFormBody(rawBody, req.headers['content-type']);
    const route =
      lookup.kind === 'matched' && lookup.route.area === 'fapi' ? lookup.route : undefined;
    const retryAfter =
      route?.rateLimited && this.#deps.rateLimiter
        ? this.#deps.rateLimiter.take(req.socket.remoteAddress ?? 'unknown', this.#deps.now())
        : null;
    const result: FapiResult =
      retryAfter !== null
        ? refusal(fapiErrors.tooManyRequests(retryAfter))
        : this.#deps.fapi.answer(route, lookup.kind === 'matched' ? lookup.params : {}, {
            method,
            path,
            query,
            form,
            cookies: parseCookies(req.headers.cookie),
            origin: req.headers.origin,
          });
    const violations =
      result.body !== undefined && this.#deps.validateResponse
        ? this.#deps.validateResponse({ method, path, status: result.status, body: result.body })
        : [];
    if (violations.length === 0) return result;
    process.stderr.write(
      `[clerk-emulator] ${method} ${path.slice(0, LOGGED_PATH_LENGTH)} ${result.status} violates the FAPI spec:\n  ${violations.join('\n  ')}\n`,
    );
    return { status: 500, body: specViolationBody(violations) };
  }

  /**
   * The error boundary: a refused request answers its 4xx (`{ error }` on control paths,
   * Clerk's error body elsewhere); anything else is a fault of the emulator, answered 500
   * with its stack on stderr. A response already under way is cut off.
   */
  #answerFailure(request: ParsedRequest | undefined, res: ServerResponse, error: unknown): void {
    const refused = asRefusal(error);
    if (!refused) {
      const what = request
        ? `${request.method} ${this.#deps.mountPath}${request.path.slice(0, LOGGED_PATH_LENGTH)}`
        : 'A request';
      process.stderr.write(
        `[clerk-emulator] ${what} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const status = refused?.status ?? 500;
    if (status === 413) res.setHeader('Connection', 'close');
    const message = refused?.message ?? (error instanceof Error ? error.message : String(error));
    if (request?.area === 'control') {
      sendJson(res, status, { error: refused ? message : `The emulator failed: ${message}` });
      return;
    }
    const clerkError =
      refused instanceof FapiError
        ? refused
        : status === 403
          ? fapiErrors.notAllowedAccess(message)
          : status < 500
            ? fapiErrors.malformedRequest(message)
            : fapiErrors.internal(message);
    sendJson(res, status, errorBody(clerkError), clerkError.headers);
  }

  #pathBelowMount(pathname: string): string | undefined {
    const { mountPath } = this.#deps;
    if (mountPath === '') return pathname;
    if (pathname === mountPath) return '';
    return pathname.startsWith(`${mountPath}/`) ? pathname.slice(mountPath.length) : undefined;
  }

  /** One line per request: method, path (no query, so no code or token), status, time. */
  #logRequest(request: ParsedRequest, outcome: string | undefined, startedAt: number): void {
    const path = `${this.#deps.mountPath}${request.path}`;
    const shown = path.length > LOGGED_PATH_LENGTH ? `${path.slice(0, LOGGED_PATH_LENGTH)}…` : path;
    const method = request.area === 'control' ? (request.req.method ?? 'GET') : request.method;
    this.#deps.log?.(
      `${method} ${shown} → ${outcome ?? request.res.statusCode} (${Date.now() - startedAt} ms)`,
    );
  }
}

/** A refusal of the request (4xx) rather than a fault of the emulator, or undefined. */
/**
 * Loses the reply: sends its head, promising a body, then closes the connection. A
 * connection closed before any byte of a reply makes browsers send the request again
 * on a new connection (they take it for a stale keep-alive), which would hide the
 * fault; a reply cut off in its body is a network error the page sees.
 */
function cutOffReply(res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '64' });
  res.flushHeaders();
  res.socket?.destroy();
}

function asRefusal(error: unknown): { status: number; message: string } | FapiError | undefined {
  if (error instanceof FapiError) return error;
  if (error instanceof RequestRejected) return error;
  if (error instanceof MalformedPathError) return { status: 400, message: error.message };
  if (error instanceof InvalidControlInput) return { status: 400, message: error.message };
  if (error instanceof ControlTargetNotFound) return { status: 404, message: error.message };
  return undefined;
}

function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? '');
}

/** A FAPI error as a result without a client. */
function refusal(error: FapiError): FapiResult {
  return { status: error.status, body: errorBody(error), headers: error.headers };
}

/** `POST ...?_method=DELETE` → `DELETE`: clerk-js tunnels other methods through POST. */
function effectiveMethod(req: IncomingMessage, query: URLSearchParams): string {
  const method = (req.method ?? 'GET').toUpperCase();
  const override = query.get('_method');
  return method === 'POST' && override ? override.toUpperCase() : method;
}
