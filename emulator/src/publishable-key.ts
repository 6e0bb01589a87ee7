/** The host a publishable key encodes by default (no Clerk dev suffix: no dev-browser handshake). */
export const DEFAULT_FRONTEND_API_HOST = 'clerk.emulator.local';

/**
 * A host with one of Clerk's development suffixes: clerk-js then performs the
 * dev-browser handshake (`POST /v1/dev_browser`, `__clerk_db_jwt` on every call).
 */
export const DEV_BROWSER_FRONTEND_API_HOST = 'clerk.emulator.accounts.dev';

/**
 * The publishable key clerk-js needs to talk to the emulator:
 * `pk_test_` + base64(`<host>$`). Use it with `proxyUrl` pointing at the
 * emulator's mount path; the host itself is never contacted.
 *
 * @param host Must contain a dot (clerk-js rejects `localhost`). Default `clerk.emulator.local`.
 */
export function publishableKeyFor(host: string = DEFAULT_FRONTEND_API_HOST): string {
  if (!host.includes('.') || host.includes('$')) {
    throw new Error(`A publishable key host must contain a dot and no "$" (got "${host}")`);
  }
  return `pk_test_${Buffer.from(`${host}$`).toString('base64').replace(/=+$/, '')}`;
}
