/**
 * Which Clerk instance the demo page talks to. A publishable key names a Frontend API
 * host, and the page's Content Security Policy then allows scripts from that host, so a
 * key in the page URL (`?publishable-key=`) is taken only when it names one of Clerk's
 * development hosts (`*.clerk.accounts.dev`): a crafted link cannot make the demo load a
 * script from anywhere else. Any other host comes only from `CLERK_PUBLISHABLE_KEY`.
 */
import { frontendApiFromPublishableKey } from '../src/load-clerk.js';

/** Clerk's development instances, e.g. `example-12.clerk.accounts.dev`. */
const CLERK_DEVELOPMENT_HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.clerk\.accounts\.dev$/i;

/**
 * The Frontend API host a publishable key names, when it is a plain host name: it is
 * written into the page's Content Security Policy, so nothing else may get through.
 */
export function frontendApiHost(publishableKey: string): string | undefined {
  const host = frontendApiFromPublishableKey(publishableKey);
  return host && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host) ? host : undefined;
}

/**
 * The real Clerk instance a request for the page asks for: a development key from the
 * query string, else the environment variable's key, else none (the emulator).
 */
export function requestedPublishableKey(
  originalUrl: string | undefined,
  environmentKey: string | undefined,
): string | undefined {
  const fromQuery = new URL(originalUrl ?? '/', 'http://demo.invalid').searchParams
    .get('publishable-key')
    ?.trim();
  if (fromQuery && CLERK_DEVELOPMENT_HOST.test(frontendApiHost(fromQuery) ?? '')) return fromQuery;
  const fromEnvironment = environmentKey?.trim();
  return fromEnvironment && frontendApiHost(fromEnvironment) ? fromEnvironment : undefined;
}
