import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { ControlTargetNotFound, InvalidControlInput } from '../control/control-errors.js';
import { CONTROL_PREFIX, type ControlRoute } from '../control/control-routes.js';
import type { FaultInjector } from '../control/faults.js';
import { fapiErrors, type FapiError } from '../domain/errors.js';
import type { FapiResponder } from '../fapi/fapi-responder.js';
import type { FapiResult, FapiRoute } from '../fapi/fapi-routes.js';
import { errorBody, specViolationBody } from '../fapi/serializers.js';
import type { FapiResponseForValidation } from '../options.js';
import type { FileRoute } from './clerk-js-files.js';
import { isLoopbackHost } from './loopback.js';
import {
  applyCors,
  parseCookies,
  parseFormBody,
  parseJsonBody,
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
  readonly now: () => number;
  readonly validateResponse:
    ((response: FapiResponseForValidation) => readonly string[]) | undefined;
  readonly log: ((line: string) => void) | undefined;
}

/**
 * The emulator's HTTP side: mount path, loopback check, CORS, faults and the rate limit
 * around the route table, all inside one error boundary. A refusal of the request
 * (unreadable body, malformed path) answers 4xx; anything else that goes wrong answers
 * 500 and writes its stack to stderr. Nothing a request does rejects the returned promise.
 */
export class RequestHandler {
  readonly #deps: RequestHandlerDependencies;

  constructor(deps: RequestHandlerDependencies) {
    this.#deps = deps;
  }

  /** The path below the mount path, or undefined when the emulator does not answer it. */
  pathBelowMount(pathname: string): string | undefined {
    const { mountPath } = this.#deps;
    if (mountPath === '') return pathname;
    if (pathname === mountPath) return '';
    return pathname.startsWith(`${mountPath}/`) ? pathname.slice(mountPath.length) : undefined;
  }

  readonly handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    next?: NextFunction,
  ): Promise<void> => {
    const startedAt = Date.now();
    let described: string | undefined;
    let dropped = false;
    try {
      const url = new URL(req.url ?? '/', 'http://emulator.invalid');
      const path = this.pathBelowMount(url.pathname);
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
      described = `${req.method ?? 'GET'} ${this.#deps.mountPath}${path}`;
      // A dev server started with `--host` also listens on other interfaces; the emulator
      // still answers only requests that arrive on a loopback address.
      if (!isLoopbackHost(req.socket.localAddress ?? '')) {
        sendText(
          res,
          403,
          'The Clerk emulator answers only requests made to a loopback address.\n',
        );
        return;
      }
      if (applyCors(req, res, this.#deps.corsOrigins)) return;
      const method = effectiveMethod(req, url.searchParams);
      if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
        await this.#answerControl(
          req,
          res,
          this.#deps.routes.lookup(req.method ?? 'GET', path),
          url,
        );
        return;
      }
      const latency = this.#deps.faults.latencyFor(path);
      if (latency > 0) await delay(latency);
      const failure = this.#deps.faults.takeFailure(path);
      if (failure?.drop) {
        dropped = true;
        req.socket.destroy();
        return;
      }
      if (failure) {
        const headers: Record<string, string> =
          failure.retryAfterSeconds !== undefined
            ? { 'Retry-After': String(failure.retryAfterSeconds) }
            : {};
        sendJson(res, failure.status, errorBody(fapiErrors.injected(failure.status)), headers);
        return;
      }
      const lookup = this.#deps.routes.lookup(method, path);
      if (lookup.kind === 'matched' && lookup.route.area === 'files') {
        lookup.route.handler(req, res, lookup.params);
        return;
      }
      described = `${method} ${this.#deps.mountPath}${path}`;
      await this.#answerFapi(req, res, lookup, method, path, url.searchParams);
    } catch (error) {
      this.#answerFailure(res, described ?? `${req.method ?? 'GET'} ${req.url ?? ''}`, error);
    } finally {
      if (described !== undefined)
        this.#deps.log?.(
          `${described} → ${dropped ? 'connection dropped' : res.statusCode} (${Date.now() - startedAt} ms)`,
        );
    }
  };

  async #answerControl(
    req: IncomingMessage,
    res: ServerResponse,
    lookup: RouteLookup<EmulatorRoute>,
    url: URL,
  ): Promise<void> {
    try {
      const body = parseJsonBody(await readBody(req));
      if (lookup.kind !== 'matched' || lookup.route.area !== 'control')
        throw new ControlTargetNotFound(`Control endpoint ${req.method ?? 'GET'} ${url.pathname}`);
      const result = lookup.route.handler({ params: lookup.params, query: url.searchParams, body });
      sendJson(res, result.status, result.body);
    } catch (error) {
      if (error instanceof InvalidControlInput || error instanceof RequestRejected)
        sendJson(res, error instanceof RequestRejected ? error.status : 400, {
          error: error.message,
        });
      else if (error instanceof ControlTargetNotFound) sendJson(res, 404, { error: error.message });
      else throw error;
    }
  }

  async #answerFapi(
    req: IncomingMessage,
    res: ServerResponse,
    lookup: RouteLookup<EmulatorRoute>,
    method: string,
    path: string,
    query: URLSearchParams,
  ): Promise<void> {
    const form = parseFormBody(await readBody(req), req.headers['content-type']);
    const route =
      lookup.kind === 'matched' && lookup.route.area === 'fapi' ? lookup.route : undefined;
    const retryAfter =
      route?.rateLimited && this.#deps.rateLimiter
        ? this.#deps.rateLimiter.take(req.socket.remoteAddress ?? 'unknown', this.#deps.now())
        : null;
    const result: FapiResult =
      retryAfter !== null
        ? rejection(fapiErrors.tooManyRequests(retryAfter))
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
    if (violations.length > 0) {
      process.stderr.write(
        `[clerk-emulator] ${method} ${path} ${result.status} violates the FAPI spec:\n  ${violations.join('\n  ')}\n`,
      );
      sendJson(res, 500, specViolationBody(violations));
      return;
    }
    if (result.setCookies && result.setCookies.length > 0)
      res.setHeader('Set-Cookie', [...result.setCookies]);
    sendJson(res, result.status, result.body, result.headers);
  }

  /** The error boundary: 4xx for a refused request, 500 with the stack on stderr for a fault of ours. */
  #answerFailure(res: ServerResponse, described: string, error: unknown): void {
    const refused =
      error instanceof RequestRejected
        ? { status: error.status, message: error.message }
        : error instanceof MalformedPathError
          ? { status: 400, message: error.message }
          : undefined;
    if (!refused) {
      process.stderr.write(
        `[clerk-emulator] ${described} failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    }
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const answer = refused
      ? rejection(fapiErrors.malformedRequest(refused.message), refused.status)
      : rejection(fapiErrors.internal(error instanceof Error ? error.message : String(error)));
    sendJson(res, answer.status, answer.body);
  }
}

/** A FAPI error as a result without a client. */
function rejection(error: FapiError, status: number = error.status): FapiResult {
  return { status, body: errorBody(error), headers: error.headers };
}

/** `POST ...?_method=DELETE` → `DELETE`: clerk-js tunnels other methods through POST. */
function effectiveMethod(req: IncomingMessage, query: URLSearchParams): string {
  const method = (req.method ?? 'GET').toUpperCase();
  const override = query.get('_method');
  return method === 'POST' && override ? override.toUpperCase() : method;
}
