/** The HTTP methods routes answer (HEAD is answered by the GET route). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Values of a route's `{name}` placeholders, percent-decoded. */
export type RouteParams = Readonly<Record<string, string>>;

/** One endpoint: method, path pattern, what it does, and the function that answers it. */
export interface Route<Handler> {
  readonly method: HttpMethod;
  /**
   * Path below the mount path; `{name}` stands for one path segment or part of one, e.g.
   * `/v1/client/sign_ins/{signInId}` or `/npm/@clerk/clerk-js@{version}/dist/{file}`.
   */
  readonly path: string;
  /** One sentence for the self-description (`GET <mount>/__emulator`). */
  readonly description: string;
  readonly handler: Handler;
}

/** A path no route has (404). */
interface NoRoute {
  readonly kind: 'none';
}

/** A path some route has, but not for this method (405, with the methods it has). */
interface WrongMethod {
  readonly kind: 'wrong-method';
  readonly allowedMethods: readonly HttpMethod[];
}

/** The route that answers, with its parameters. */
interface Matched<R> {
  readonly kind: 'matched';
  readonly route: R;
  readonly params: RouteParams;
}

export type RouteLookup<R> = NoRoute | WrongMethod | Matched<R>;

/** A percent-escape in the path that does not decode (`%E0%A4%A`, `%zz`). */
export class MalformedPathError extends Error {
  constructor(segment: string) {
    super(`The request path has a malformed percent-escape: ${segment}`);
    this.name = 'MalformedPathError';
  }
}

interface CompiledRoute<R> {
  readonly route: R;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/**
 * A table of routes, looked up by method and path. Paths are compared without a
 * trailing slash; placeholders match within one segment and are percent-decoded.
 */
export class RouteTable<R extends Route<unknown>> {
  readonly routes: readonly R[];
  readonly #compiled: readonly CompiledRoute<R>[];

  constructor(routes: readonly R[]) {
    this.routes = routes;
    this.#compiled = routes.map((route) => compile(route));
  }

  lookup(method: string, path: string): RouteLookup<R> {
    const wanted = method === 'HEAD' ? 'GET' : method;
    const bare = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const allowedMethods: HttpMethod[] = [];
    for (const { route, pattern, names } of this.#compiled) {
      const match = pattern.exec(bare);
      if (!match) continue;
      if (route.method !== wanted) {
        allowedMethods.push(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        params[name] = decodeSegment(match[index + 1] ?? '');
      });
      return { kind: 'matched', route, params };
    }
    return allowedMethods.length > 0 ? { kind: 'wrong-method', allowedMethods } : { kind: 'none' };
  }
}

function compile<R extends Route<unknown>>(route: R): CompiledRoute<R> {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[A-Za-z]+\})/)
    .map((part) => {
      const placeholder = /^\{([A-Za-z]+)\}$/.exec(part);
      if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(placeholder[1] ?? '');
      return '([^/]+)';
    })
    .join('');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new MalformedPathError(segment);
  }
}
