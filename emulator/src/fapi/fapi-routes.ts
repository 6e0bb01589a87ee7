import { fapiErrors } from '../domain/errors.js';
import type { Client, Session, SignIn, User } from '../domain/model.js';
import type { PasswordService } from '../domain/password-service.js';
import { verifyPassword } from '../domain/passwords.js';
import type { SessionService } from '../domain/session-service.js';
import type {
  AttemptFactorCommand,
  PrepareFactorCommand,
  SignInService,
} from '../domain/sign-in-service.js';
import type { EmulatorStore } from '../domain/store.js';
import { createId } from '../ids.js';
import type { Route, RouteParams } from '../http/router.js';
import type { RequestClient } from './request-client.js';
import type { FapiJson, FapiSerializer } from './serializers.js';
import type { JsonWebKeySet } from './session-tokens.js';

/** A Frontend API request, already parsed. */
export interface FapiRequest {
  /** Effective method: `_method` of a POST, else the HTTP method. */
  readonly method: string;
  /** Path below the mount path, without query, e.g. `/v1/client`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Form body (urlencoded or JSON) as strings, snake_case as clerk-js sends it. */
  readonly form: Readonly<Record<string, string | undefined>>;
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

/** What a Frontend API handler gets. */
export interface FapiCall {
  readonly request: FapiRequest;
  readonly params: RouteParams;
  /** The browser's client (for `anonymous` routes, one that never identifies anyone). */
  readonly client: RequestClient;
  readonly serializer: FapiSerializer;
}

/** A Frontend API endpoint of the route table. */
export interface FapiRoute extends Route<(call: FapiCall) => FapiResult> {
  readonly area: 'fapi';
  /** Answers without identifying the browser (the dev-browser handshake, the key set). */
  readonly anonymous?: true;
  /** Counted by the sign-in rate limit (per remote address). */
  readonly rateLimited?: true;
}

/** What the Frontend API endpoints work with. */
export interface FapiRouteDependencies {
  readonly store: EmulatorStore;
  readonly signIns: SignInService;
  readonly sessions: SessionService;
  readonly passwords: PasswordService;
  readonly jwks: () => JsonWebKeySet;
  readonly environment: () => FapiJson;
}

/**
 * The Frontend API endpoints that clerk-js uses for password + second-factor sign-in,
 * password reset, sessions and their tasks, and sign-out. Handlers turn form parameters into typed commands, call the
 * domain services, and hand the results to the serializers.
 */
export function fapiRoutes(deps: FapiRouteDependencies): FapiRoute[] {
  const { store, signIns, sessions, passwords } = deps;
  const ok = (body: unknown): FapiResult => ({ status: 200, body });
  /** `{ response, client }` with the request's current client. */
  const envelope = (call: FapiCall, response: FapiJson | null): FapiResult =>
    ok(call.serializer.envelope(response, call.client.current));
  const clientOf = (call: FapiCall, signInId: string): Client => {
    const client = call.client.current;
    if (!client) throw fapiErrors.signInNotFound(signInId);
    return client;
  };
  const signInParam = (call: FapiCall): string => call.params.signInId ?? '';
  /** The session named in the path, of the request's client; `resource_not_found` otherwise. */
  const clientSession = (call: FapiCall): { client: Client; session: Session } => {
    const sessionId = call.params.sessionId ?? '';
    const client = call.client.current;
    if (!client) throw fapiErrors.sessionNotFound(sessionId);
    return { client, session: sessions.find(client, sessionId) };
  };
  /**
   * The signed-in session a `/v1/me` request acts for (`_clerk_session_id`, else the
   * client's last active one), pending or not, with its user; `authentication_invalid` without one.
   */
  const signedInUser = (call: FapiCall): { session: Session; user: User } => {
    const client = call.client.current;
    const sessionId = call.request.query.get('_clerk_session_id') ?? client?.lastActiveSessionId;
    const session = client && sessionId ? store.session(sessionId) : undefined;
    const user = session ? store.user(session.userId) : undefined;
    if (!session || session.clientId !== client?.id || session.status !== 'active' || !user)
      throw fapiErrors.authenticationInvalid();
    return { session, user };
  };

  const route = (
    method: FapiRoute['method'],
    path: string,
    description: string,
    handler: FapiRoute['handler'],
    flags: Pick<FapiRoute, 'anonymous' | 'rateLimited'> = {},
  ): FapiRoute => ({ area: 'fapi', method, path, description, handler, ...flags });
  const signInStep = { rateLimited: true } as const;
  const anonymous = { anonymous: true } as const;
  /** `POST /v1/client/sign_ins/{signInId}/<action>`: a step of the client's sign-in. */
  const signInAction = (
    action: string,
    description: string,
    run: (client: Client, signInId: string, call: FapiCall) => SignIn,
  ): FapiRoute =>
    route(
      'POST',
      `/v1/client/sign_ins/{signInId}/${action}`,
      description,
      (call) => {
        const id = signInParam(call);
        return envelope(call, call.serializer.signIn(run(clientOf(call, id), id, call)));
      },
      signInStep,
    );

  return [
    route(
      'POST',
      '/v1/dev_browser',
      'Dev-browser handshake of development hosts: a token that names the client.',
      (call) => {
        const token = createId('dvb');
        store.addDevBrowser(token);
        return ok(call.serializer.devBrowser(token));
      },
      anonymous,
    ),
    route(
      'GET',
      '/v1/jwks',
      'The key set that verifies session tokens.',
      () => ok(deps.jwks()),
      anonymous,
    ),
    route(
      'GET',
      '/.well-known/jwks.json',
      'The key set that verifies session tokens.',
      () => ok(deps.jwks()),
      anonymous,
    ),
    route('GET', '/v1/environment', 'The instance: e-mail + password and its second factors.', () =>
      ok(deps.environment()),
    ),
    route('PATCH', '/v1/environment', 'The instance (clerk-js loads it with PATCH).', () =>
      ok(deps.environment()),
    ),
    route('GET', '/v1/client', "The browser's client, or null.", (call) =>
      ok(call.serializer.clientResource(call.client.current)),
    ),
    route('POST', '/v1/client', "Creates the browser's client.", (call) =>
      ok(call.serializer.clientResource(call.client.ensure())),
    ),
    route('PUT', '/v1/client', "Creates the browser's client.", (call) =>
      ok(call.serializer.clientResource(call.client.ensure())),
    ),
    route(
      'DELETE',
      '/v1/client',
      'Signs out and forgets the client (clears the cookie).',
      (call) => {
        const client = call.client.current;
        if (client) sessions.endAll(client);
        // Serialized before the client is forgotten: the answer is the signed-out client.
        const body = call.serializer.clientResource(client);
        call.client.forget();
        return ok(body);
      },
    ),
    route(
      'DELETE',
      '/v1/client/sessions',
      'Signs out: ends every session of the client.',
      (call) => {
        const client = call.client.current;
        if (!client) throw fapiErrors.clientNotFound();
        sessions.endAll(client);
        return ok(call.serializer.clientResource(client));
      },
    ),
    route(
      'POST',
      '/v1/client/sign_ins',
      'Creates a sign-in: identifier, password.',
      (call) => {
        const signIn = signIns.create(call.client.ensure(), {
          identifier: formField(call, 'identifier'),
          password: formField(call, 'password'),
          strategy: formField(call, 'strategy'),
        });
        return envelope(call, call.serializer.signIn(signIn));
      },
      signInStep,
    ),
    route('GET', '/v1/client/sign_ins/{signInId}', 'One sign-in of the client.', (call) => {
      const id = signInParam(call);
      return envelope(call, call.serializer.signIn(signIns.get(clientOf(call, id), id)));
    }),
    signInAction(
      'prepare_first_factor',
      'E-mails a first-factor code (email_code).',
      (client, id, call) => signIns.prepareFirstFactor(client, id, prepareCommand(call)),
    ),
    signInAction(
      'attempt_first_factor',
      'Verifies the password or the e-mailed code.',
      (client, id, call) => signIns.attemptFirstFactor(client, id, attemptCommand(call)),
    ),
    signInAction(
      'reset_password',
      'Sets the new password of a sign-in at needs_new_password (password, sign_out_of_other_sessions).',
      (client, id, call) =>
        signIns.resetPassword(client, id, {
          password: formField(call, 'password'),
          signOutOfOtherSessions: booleanField(call, 'sign_out_of_other_sessions'),
        }),
    ),
    signInAction(
      'prepare_second_factor',
      'Texts a phone_code, or e-mails the new-device email_code.',
      (client, id, call) => signIns.prepareSecondFactor(client, id, prepareCommand(call)),
    ),
    signInAction(
      'attempt_second_factor',
      'Verifies a TOTP, backup, SMS or new-device code; completes the sign-in.',
      (client, id, call) => signIns.attemptSecondFactor(client, id, attemptCommand(call)),
    ),
    route(
      'POST',
      '/v1/me/change_password',
      "Changes the signed-in user's password (new_password, current_password?, sign_out_of_other_sessions); resolves the reset-password task.",
      (call) => {
        const { session, user } = signedInUser(call);
        const newPassword = formField(call, 'new_password');
        if (!newPassword) throw fapiErrors.formParamMissing('new_password');
        const currentPassword = formField(call, 'current_password');
        if (currentPassword !== undefined && !verifyPassword(currentPassword, user.passwordHash))
          throw fapiErrors.formPasswordIncorrect('current_password');
        passwords.setNewPassword(user, newPassword, {
          paramName: 'new_password',
          signOutOfOtherSessions: booleanField(call, 'sign_out_of_other_sessions'),
          currentSessionId: session.id,
        });
        return envelope(call, call.serializer.user(user));
      },
    ),
    route('GET', '/v1/client/sessions/{sessionId}', 'One session of the client.', (call) =>
      envelope(call, call.serializer.session(clientSession(call).session)),
    ),
    route(
      'POST',
      '/v1/client/sessions/{sessionId}/touch',
      "Makes the session the client's active one.",
      (call) => {
        const { client, session } = clientSession(call);
        return envelope(call, call.serializer.session(sessions.touch(client, session)));
      },
    ),
    route('POST', '/v1/client/sessions/{sessionId}/tokens', 'A fresh session token.', (call) => {
      const { session } = clientSession(call);
      if (session.status !== 'active') throw fapiErrors.authenticationInvalid();
      return ok(call.serializer.token(session));
    }),
    route(
      'POST',
      '/v1/client/sessions/{sessionId}/tokens/{template}',
      'JWT templates: none exist (404).',
      (call) => {
        clientSession(call);
        throw fapiErrors.jwtTemplateNotFound(call.params.template ?? '');
      },
    ),
    route(
      'POST',
      '/v1/client/sessions/{sessionId}/end',
      'Ends (signs out) one session.',
      (call) => {
        const { client, session } = clientSession(call);
        return envelope(call, call.serializer.session(sessions.finish(client, session, 'ended')));
      },
    ),
    route('POST', '/v1/client/sessions/{sessionId}/remove', 'Removes one session.', (call) => {
      const { client, session } = clientSession(call);
      return envelope(call, call.serializer.session(sessions.finish(client, session, 'removed')));
    }),
  ];
}

/** A form field, or undefined when it is absent or empty (Clerk treats both alike). */
function formField(call: FapiCall, name: string): string | undefined {
  return call.request.form[name] || undefined;
}

/** A boolean form field (`true` / `false`); absent or empty is false. */
function booleanField(call: FapiCall, name: string): boolean {
  const value = formField(call, name);
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw fapiErrors.formParamFormatInvalid(name, `${name} must be true or false.`);
}

function prepareCommand(call: FapiCall): PrepareFactorCommand {
  return {
    strategy: formField(call, 'strategy'),
    emailAddressId: formField(call, 'email_address_id'),
    phoneNumberId: formField(call, 'phone_number_id'),
  };
}

function attemptCommand(call: FapiCall): AttemptFactorCommand {
  return {
    strategy: formField(call, 'strategy'),
    code: formField(call, 'code'),
    password: formField(call, 'password'),
  };
}
