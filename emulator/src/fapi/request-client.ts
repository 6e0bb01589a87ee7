import { fapiErrors } from '../domain/errors.js';
import type { Client } from '../domain/model.js';
import type { EmulatorStore } from '../domain/store.js';

/** Name of the cookie that identifies a browser's client, as Clerk names it. */
export const CLIENT_COOKIE_NAME = '__client';
/** Query parameter carrying the dev-browser token on development hosts. */
export const DEV_BROWSER_PARAM = '__clerk_db_jwt';
const CLIENT_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * The browser's client for one request: found from the `__client` cookie or the
 * dev-browser token, created on demand; collects the `Set-Cookie` headers that follow.
 */
export class RequestClient {
  readonly setCookies: string[] = [];
  #client: Client | undefined;
  readonly #store: EmulatorStore;
  readonly #devBrowserToken: string | undefined;
  readonly #cookiePath: string;

  /** Throws `dev_browser_unauthenticated` for a dev-browser token the emulator never issued. */
  constructor(
    store: EmulatorStore,
    identity: { devBrowserToken: string | undefined; clientCookie: string | undefined },
    cookiePath: string,
  ) {
    this.#store = store;
    this.#cookiePath = cookiePath;
    this.#devBrowserToken = identity.devBrowserToken;
    if (this.#devBrowserToken !== undefined) {
      if (!store.hasDevBrowser(this.#devBrowserToken)) throw fapiErrors.devBrowserUnauthenticated();
      this.#client = store.devBrowserClient(this.#devBrowserToken);
    } else {
      const cookie = identity.clientCookie;
      this.#client = cookie ? store.findClientByCookie(cookie) : undefined;
    }
  }

  get current(): Client | undefined {
    return this.#client;
  }

  /** The client, created (with its cookie or dev-browser link) if the browser has none yet. */
  ensure(): Client {
    if (this.#client) return this.#client;
    const client = this.#store.createClient();
    if (this.#devBrowserToken !== undefined) {
      this.#store.linkDevBrowser(this.#devBrowserToken, client);
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
    this.#store.deleteClient(this.#client);
    if (this.#devBrowserToken !== undefined) {
      this.#store.linkDevBrowser(this.#devBrowserToken, null);
    } else {
      this.setCookies.push(
        `${CLIENT_COOKIE_NAME}=; Path=${this.#cookiePath}; Max-Age=0; HttpOnly; SameSite=Lax`,
      );
    }
    this.#client = undefined;
  }
}
