import { FapiError, fapiErrors } from '../domain/errors.js';
import type { ResetPasswordStrategy, Session } from '../domain/model.js';
import type { EmulatorStore } from '../domain/store.js';
import type { RouteParams } from '../http/router.js';
import type { FapiRequest, FapiResult, FapiRoute } from './fapi-routes.js';
import { CLIENT_COOKIE_NAME, DEV_BROWSER_PARAM, RequestClient } from './request-client.js';
import { FapiSerializer, factorVerificationAge, sessionStatusOf } from './serializers.js';
import type { SessionTokenSigner } from './session-tokens.js';

/**
 * Answers one Frontend API request with its route: finds the browser's client, runs the
 * handler, and turns every refusal ({@link FapiError}) into Clerk's error body.
 */
export class FapiResponder {
  readonly #store: EmulatorStore;
  readonly #signer: SessionTokenSigner;
  readonly #now: () => number;
  /** `Path` of the `__client` cookie: the mount path. */
  readonly #cookiePath: string;
  readonly #resetPasswordStrategies: readonly ResetPasswordStrategy[];

  constructor(deps: {
    store: EmulatorStore;
    signer: SessionTokenSigner;
    now: () => number;
    cookiePath: string;
    resetPasswordStrategies: readonly ResetPasswordStrategy[];
  }) {
    this.#store = deps.store;
    this.#signer = deps.signer;
    this.#now = deps.now;
    this.#cookiePath = deps.cookiePath;
    this.#resetPasswordStrategies = deps.resetPasswordStrategies;
  }

  /** `route` undefined: no endpoint has this method and path (`resource_not_found`). */
  answer(route: FapiRoute | undefined, params: RouteParams, request: FapiRequest): FapiResult {
    const serializer = this.#serializerFor(request);
    let client: RequestClient | undefined;
    try {
      if (!route) throw fapiErrors.resourceNotFound();
      client = new RequestClient(
        this.#store,
        route.anonymous
          ? { devBrowserToken: undefined, clientCookie: undefined }
          : {
              devBrowserToken: request.query.get(DEV_BROWSER_PARAM) ?? undefined,
              clientCookie: request.cookies[CLIENT_COOKIE_NAME],
            },
        this.#cookiePath,
      );
      const result = route.handler({ request, params, client, serializer });
      return { ...result, setCookies: [...client.setCookies, ...(result.setCookies ?? [])] };
    } catch (error) {
      if (!(error instanceof FapiError)) throw error;
      return {
        status: error.status,
        body: serializer.error(error, client?.current),
        headers: error.headers,
        setCookies: client?.setCookies ?? [],
      };
    }
  }

  /** Session tokens name the calling page as their authorized party (`azp`). */
  #serializerFor(request: FapiRequest): FapiSerializer {
    return new FapiSerializer(
      this.#store,
      (session: Session) =>
        this.#signer.sign(
          {
            sessionId: session.id,
            userId: session.userId,
            sessionStatus: sessionStatusOf(session),
            factorVerificationAgeMinutes: factorVerificationAge(session, this.#now()),
            ...(request.origin ? { authorizedParty: request.origin } : {}),
          },
          this.#now(),
        ),
      this.#resetPasswordStrategies,
    );
  }
}
