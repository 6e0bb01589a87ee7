/**
 * Obtains a loaded Clerk instance for `<clerk-mfa-sign-in>`: an instance already on
 * `window.Clerk`, or clerk-js's browser build loaded by script tag, the way Clerk's
 * own SDKs do it. clerk-js is never bundled into this package.
 */
import type { ClerkLike } from './flow/clerk-adapter/index.js';

/** Where to find clerk-js and which Clerk application to talk to. */
export interface ClerkLoadOptions {
  /** `pk_test_…` or `pk_live_…`; names the Frontend API host. */
  readonly publishableKey?: string | undefined;
  /** A proxy for the Frontend API, absolute or relative to the page (e.g. `/__clerk`). */
  readonly proxyUrl?: string | undefined;
  /** Where to load `clerk.browser.js` from, overriding the URL derived from the key or proxy. */
  readonly clerkJsUrl?: string | undefined;
  /** The page's CSP nonce, for the script tag and for the scripts clerk-js adds (its CAPTCHA's). */
  readonly nonce?: string | undefined;
}

/** Options passed to `Clerk.load()` when this package is the one loading it. */
const clerkLoadOptions = {
  telemetry: false,
  // Without this, clerk-js answers a failed request in an automated or offline browser with
  // the unchanged resource instead of an error; the flow shows a network error either way.
  experimental: { rethrowOfflineNetworkErrors: true },
} as const;

declare global {
  interface Window {
    /** Set by clerk-js's browser build, or by the page. */
    Clerk?: ClerkLike;
  }
}

/**
 * The Frontend API host a publishable key names: the key is `pk_test_` or `pk_live_`
 * followed by base64 of `<host>$`. Returns undefined for anything else.
 */
export function frontendApiFromPublishableKey(publishableKey: string): string | undefined {
  const match = /^pk_(?:test|live)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey.trim());
  if (!match) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1].replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  return decoded.endsWith('$') && decoded.length > 1 ? decoded.slice(0, -1) : undefined;
}

/**
 * The URL of clerk-js's browser build: `clerk-js-url` if given, else
 * `{proxy-url | https://<frontend api>}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`.
 */
export function clerkScriptUrl(options: ClerkLoadOptions): string | undefined {
  if (options.clerkJsUrl) return options.clerkJsUrl;
  const frontendApi = options.publishableKey
    ? frontendApiFromPublishableKey(options.publishableKey)
    : undefined;
  const base = options.proxyUrl || (frontendApi ? `https://${frontendApi}` : undefined);
  if (!base) return undefined;
  return `${base.replace(/\/+$/, '')}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`;
}

/** Whether there is enough configuration to obtain Clerk. */
export function canLoadClerk(options: ClerkLoadOptions): boolean {
  return window.Clerk !== undefined || clerkScriptUrl(options) !== undefined;
}

/** Script loads in flight, one per URL, shared by every element on the page. */
const scriptLoads = new Map<string, Promise<void>>();

function injectScript(url: string, options: ClerkLoadOptions): Promise<void> {
  const pending = scriptLoads.get(url);
  if (pending) return pending;
  const load = new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.crossOrigin = 'anonymous';
    if (options.nonce) script.nonce = options.nonce;
    if (options.publishableKey) script.dataset['clerkPublishableKey'] = options.publishableKey;
    if (options.proxyUrl) script.dataset['clerkProxyUrl'] = options.proxyUrl;
    script.addEventListener(
      'load',
      () => {
        scriptLoads.delete(url);
        resolve();
      },
      { once: true },
    );
    script.addEventListener(
      'error',
      () => {
        // Forget the failed attempt so that a retry starts afresh.
        script.remove();
        scriptLoads.delete(url);
        reject(new Error(`clerk-js could not be loaded from ${url}`));
      },
      { once: true },
    );
    document.head.append(script);
  });
  scriptLoads.set(url, load);
  return load;
}

/**
 * Resolves a loaded Clerk: `window.Clerk` if the page has one, else clerk-js's browser
 * build loaded by script tag. Rejects when clerk-js cannot be loaded or configured.
 */
export async function loadClerk(options: ClerkLoadOptions): Promise<ClerkLike> {
  if (!window.Clerk) {
    const url = clerkScriptUrl(options);
    if (!url) throw new Error('Set publishable-key, proxy-url or clerk-js-url to load Clerk.');
    await injectScript(url, options);
  }
  const clerk = window.Clerk;
  if (!clerk) throw new Error('clerk-js loaded but did not create window.Clerk.');
  await ensureLoaded(clerk, options.nonce);
  return clerk;
}

/** Calls `clerk.load()` unless it has run, with the page's CSP nonce if any; concurrent callers share one load. */
const clerkLoads = new WeakMap<ClerkLike, Promise<void>>();
export function ensureLoaded(clerk: ClerkLike, nonce?: string): Promise<void> {
  if (clerk.loaded) return Promise.resolve();
  let load = clerkLoads.get(clerk);
  if (!load) {
    load = clerk.load({ ...clerkLoadOptions, nonce }).catch((error: unknown) => {
      clerkLoads.delete(clerk);
      throw error;
    });
    clerkLoads.set(clerk, load);
  }
  return load;
}
