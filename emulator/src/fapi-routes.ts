import { FapiError, fapiErrors } from './errors.js';
import { createId } from './ids.js';
import type { ResolvedEmulatorOptions } from './options.js';
import { FapiSerializer, factorVerificationAge } from './serializers.js';
import type { SessionTokenSigner } from './session-tokens.js';
import type { FormParams, SignInFlow } from './sign-in-flow.js';
import type { ClientRecord, EmulatorState, SessionRecord } from './state.js';

/** Name of the cookie that identifies a browser's client, as Clerk names it. */
export const CLIENT_COOKIE_NAME = '__client';
/** Query parameter carrying the dev-browser token on development hosts. */
const DEV_BROWSER_PARAM = '__clerk_db_jwt';
const CLIENT_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** A FAPI request, already parsed. */
export interface FapiRequest {
  /** Effective method: `_method` of a POST, else the HTTP method. */
  readonly method: string;
  /** Path below the mount path, without query, e.g. `/v1/client`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Form body (urlencoded or JSON) as strings. */
  readonly params: FormParams;
  readonly cookies: Readonly<Record<string, string>>;
  /** `Origin` of the calling page, used as the token's `azp`. */
  readonly origin: string | undefined;
}

/** What to answer: status, JSON body (none for 204), headers and cookies. */
export interface FapiResult {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly setCookies?: readonly string[];
}

/** The browser's client for one request: found from the cookie or dev-browser token, created on demand. */
class RequestClient {
  readonly setCookies: string[] = [];
  #client: ClientRecord | undefined;
  readonly #state: EmulatorState;
  readonly #devBrowserToken: string | undefined;
  readonly #cookiePath: string;

  constructor(state: EmulatorState, request: FapiRequest, cookiePath: string) {
    this.#state = state;
    this.#cookiePath = cookiePath;
    this.#devBrowserToken = request.query.get(DEV_BROWSER_PARAM) ?? undefined;
    if (this.#devBrowserToken !== undefined) {
      if (!state.devBrowsers.has(this.#devBrowserToken))
        throw fapiErrors.devBrowserUnauthenticated();
      const clientId = state.devBrowsers.get(this.#devBrowserToken);
      this.#client = clientId ? state.clients.get(clientId) : undefined;
    } else {
      const cookie = request.cookies[CLIENT_COOKIE_NAME];
      this.#client = cookie ? state.findClientByCookie(cookie) : undefined;
    }
  }

  get current(): ClientRecord | undefined {
    return this.#client;
  }

  /** The client, created (with its cookie or dev-browser link) if the browser has none yet. */
  ensure(): ClientRecord {
    if (this.#client) return this.#client;
    const client = this.#state.createClient();
    if (this.#devBrowserToken !== undefined) {
      this.#state.devBrowsers.set(this.#devBrowserToken, client.id);
    } else {
      this.setCookies.push(
        `${CLIENT_COOKIE_NAME}=${client.cookieToken}; Path=${this.#cookiePath}; Max-Age=${CLIENT_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax`,
      );
    }
    this.#client = client;
    return client;
  }

  /** Forgets the client: clears the cookie or unlinks the dev browser. */
  forget(): void {
    if (!this.#client) return;
    this.#state.clients.delete(this.#client.id);
    if (this.#devBrowserToken !== undefined) {
      this.#state.devBrowsers.set(this.#devBrowserToken, null);
    } else {
      this.setCookies.push(
        `${CLIENT_COOKIE_NAME}=; Path=${this.#cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax`,
      );
    }
    this.#client = undefined;
  }
}

/**
 * The Frontend API endpoints that clerk-js uses for password + second-factor
 * sign-in, sessions and sign-out.
 */
export class FapiRoutes {
  readonly #state: EmulatorState;
  readonly #options: ResolvedEmulatorOptions;
  readonly #signer: SessionTokenSigner;
  readonly #flow: SignInFlow;
  readonly #environment: () => Record<string, unknown>;

  constructor(deps: {
    state: EmulatorState;
    options: ResolvedEmulatorOptions;
    signer: SessionTokenSigner;
    flow: SignInFlow;
    environment: () => Record<string, unknown>;
  }) {
    this.#state = deps.state;
    this.#options = deps.options;
    this.#signer = deps.signer;
    this.#flow = deps.flow;
    this.#environment = deps.environment;
  }

  /** Answers one FAPI request; every refusal becomes Clerk's error body. */
  handle(request: FapiRequest): FapiResult {
    let requestClient: RequestClient | undefined;
    const serializer = this.#serializerFor(request);
    try {
      if (request.path === '/v1/dev_browser' && request.method === 'POST') {
        const token = createId('dvb');
        this.#state.devBrowsers.set(token, null);
        return { status: 200, body: { object: 'dev_browser', id: token } };
      }
      if (request.path === '/v1/jwks' || request.path === '/.well-known/jwks.json') {
        return { status: 200, body: this.#signer.jwks() };
      }
      requestClient = new RequestClient(this.#state, request, this.#options.mountPath || '/');
      const result = this.#route(request, requestClient, serializer);
      return { ...result, setCookies: [...requestClient.setCookies, ...(result.setCookies ?? [])] };
    } catch (error) {
      if (!(error instanceof FapiError)) throw error;
      const client = requestClient?.current;
      return {
        status: error.status,
        body: error.toBody(client ? serializer.client(client) : undefined),
        headers: error.headers,
        setCookies: requestClient?.setCookies ?? [],
      };
    }
  }

  #serializerFor(request: FapiRequest): FapiSerializer {
    const signer = this.#signer;
    const now = this.#options.now;
    return new FapiSerializer(this.#state, (session: SessionRecord) =>
      signer.sign(
        {
          sessionId: session.id,
          userId: session.userId,
          sessionStatus: session.status,
          factorVerificationAgeMinutes: factorVerificationAge(session, now()),
          ...(request.origin ? { authorizedParty: request.origin } : {}),
        },
        now(),
      ),
    );
  }

  #route(
    request: FapiRequest,
    requestClient: RequestClient,
    serializer: FapiSerializer,
  ): FapiResult {
    const { method, path, params } = request;
    const withClient = (response: unknown) => {
      const client = requestClient.current;
      return { status: 200, body: { response, client: client ? serializer.client(client) : null } };
    };

    if (path === '/v1/environment' && (method === 'GET' || method === 'PATCH')) {
      return { status: 200, body: this.#environment() };
    }
    if (path === '/v1/client') {
      if (method === 'GET') {
        const client = requestClient.current;
        return {
          status: 200,
          body: { response: client ? serializer.client(client) : null, client: null },
        };
      }
      if (method === 'POST' || method === 'PUT') {
        return {
          status: 200,
          body: { response: serializer.client(requestClient.ensure()), client: null },
        };
      }
      if (method === 'DELETE') {
        const client = requestClient.current;
        if (!client) return { status: 200, body: { response: null, client: null } };
        this.#endSessions(client, 'ended');
        const body = serializer.client(client);
        requestClient.forget();
        return { status: 200, body: { response: body, client: null } };
      }
    }
    if (path === '/v1/client/sessions' && method === 'DELETE') {
      const client = requestClient.current;
      if (!client) throw fapiErrors.clientNotFound();
      this.#endSessions(client, 'ended');
      return { status: 200, body: { response: serializer.client(client), client: null } };
    }
    if (path === '/v1/client/sign_ins' && method === 'POST') {
      return withClient(serializer.signIn(this.#flow.create(requestClient.ensure(), params)));
    }

    const signInMatch = /^\/v1\/client\/sign_ins\/([^/]+)(?:\/([a-z_]+))?$/.exec(path);
    if (signInMatch) {
      const [, signInId = '', action] = signInMatch;
      const client = requestClient.current;
      if (!client) throw fapiErrors.signInNotFound(signInId);
      if (action === undefined && method === 'GET')
        return withClient(serializer.signIn(this.#flow.get(client, signInId)));
      if (method === 'POST') {
        const handlers: Record<string, () => ReturnType<SignInFlow['get']>> = {
          prepare_first_factor: () => this.#flow.prepareFirstFactor(client, signInId, params),
          attempt_first_factor: () => this.#flow.attemptFirstFactor(client, signInId, params),
          prepare_second_factor: () => this.#flow.prepareSecondFactor(client, signInId, params),
          attempt_second_factor: () => this.#flow.attemptSecondFactor(client, signInId, params),
        };
        const handler = action === undefined ? undefined : handlers[action];
        if (handler) return withClient(serializer.signIn(handler()));
      }
    }

    const sessionMatch =
      /^\/v1\/client\/sessions\/([^/]+)(?:\/(touch|tokens|end|remove)(?:\/([^/]+))?)?$/.exec(path);
    if (sessionMatch) {
      const [, sessionId = '', action, template] = sessionMatch;
      const client = requestClient.current;
      const session = this.#state.sessions.get(sessionId);
      if (!client || !session || session.clientId !== client.id)
        throw fapiErrors.sessionNotFound(sessionId);
      const now = this.#options.now();
      if (action === undefined && method === 'GET') return withClient(serializer.session(session));
      if (action === 'touch' && method === 'POST') {
        if (session.status !== 'active') throw fapiErrors.sessionNotFound(sessionId);
        session.lastActiveAt = now;
        session.updatedAt = now;
        client.lastActiveSessionId = session.id;
        client.updatedAt = now;
        const user = this.#state.users.get(session.userId);
        if (user) user.lastActiveAt = now;
        return withClient(serializer.session(session));
      }
      if (action === 'tokens' && method === 'POST') {
        if (template !== undefined) {
          throw new FapiError({
            status: 404,
            code: 'resource_not_found',
            message: 'JWT template not found',
            longMessage: `No JWT template exists with name: ${template}`,
          });
        }
        if (session.status !== 'active') {
          throw new FapiError({
            status: 401,
            code: 'authentication_invalid',
            message: 'Invalid authentication',
            longMessage: 'Unable to authenticate the request, you need to supply an active session',
          });
        }
        const sessionJson = serializer.session(session);
        return {
          status: 200,
          body: { object: 'token', jwt: (sessionJson.last_active_token as { jwt: string }).jwt },
        };
      }
      if ((action === 'end' || action === 'remove') && method === 'POST') {
        this.#finishSession(client, session, action === 'end' ? 'ended' : 'removed');
        return withClient(serializer.session(session));
      }
    }

    throw fapiErrors.resourceNotFound();
  }

  #endSessions(client: ClientRecord, status: 'ended'): void {
    for (const session of this.#state.activeSessionsOf(client))
      this.#finishSession(client, session, status);
    client.signInId = null;
  }

  #finishSession(client: ClientRecord, session: SessionRecord, status: 'ended' | 'removed'): void {
    const now = this.#options.now();
    session.status = status;
    session.updatedAt = now;
    client.updatedAt = now;
    if (client.lastActiveSessionId === session.id) {
      client.lastActiveSessionId = this.#state.activeSessionsOf(client).at(-1)?.id ?? null;
    }
  }
}
