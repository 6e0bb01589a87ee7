/**
 * `npm run demo`: Vite serves the demo page (`demo/index.html`) on 127.0.0.1, with the
 * Clerk Frontend API emulator mounted at `/__clerk`, so the page signs in offline with
 * real clerk-js.
 *
 * A real publishable key — the environment variable `CLERK_PUBLISHABLE_KEY`, or
 * `?publishable-key=pk_…` in the page URL for a development instance (`*.clerk.accounts.dev`;
 * see `publishable-key-choice.ts`) — makes the page talk to that Clerk instance instead;
 * the emulator stays mounted but unused.
 *
 * The page runs under a strict Content Security Policy (a `<meta>` written here, per
 * request): no inline scripts or styles. Against real Clerk it also allows what Clerk's
 * CSP guide lists for clerk-js (its Frontend API, its images, Cloudflare's bot check).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';
import { clerkEmulatorVitePlugin, type ClerkEmulatorVitePlugin } from 'clerk-fapi-emulator';
import { frontendApiHost, requestedPublishableKey } from './publishable-key-choice.js';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Where clerk-js and the page reach the emulator. */
const emulatorProxyUrl = '/__clerk';

/** A real instance's key from the environment, if any (see `publishable-key-choice.ts`). */
const environmentKey = process.env['CLERK_PUBLISHABLE_KEY'];

/** The policy of the page: same-origin only with the emulator; plus Clerk's hosts for a real instance. */
function contentSecurityPolicy(realFrontendApiHost: string | undefined): string {
  const clerk = realFrontendApiHost ? `https://${realFrontendApiHost}` : '';
  const cloudflare = realFrontendApiHost ? 'https://challenges.cloudflare.com' : '';
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${clerk} ${cloudflare}`,
    // clerk-js styles its bot check inline; the emulator needs no such exception.
    realFrontendApiHost ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data: ${realFrontendApiHost ? 'https://img.clerk.com' : ''}`,
    `connect-src 'self' ${clerk}`,
    `frame-src ${cloudflare || "'none'"}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
  return directives.map((directive) => directive.replace(/\s+/g, ' ').trim()).join('; ');
}

/**
 * Writes the policy and the page's Clerk configuration into `demo/index.html` as `<meta>`
 * tags, and prints how to sign in once Vite has printed its URLs.
 */
function demoPagePlugin(emulator: ClerkEmulatorVitePlugin['emulator']): Plugin {
  return {
    name: 'clerk-mfa-demo-page',
    transformIndexHtml: {
      order: 'pre',
      handler(_html, context) {
        const realKey = requestedPublishableKey(context.originalUrl, environmentKey);
        const meta = (name: string, content: string): HtmlTagDescriptor => ({
          tag: 'meta',
          attrs: { name, content },
          injectTo: 'head-prepend',
        });
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy(realKey ? frontendApiHost(realKey) : undefined),
            },
            injectTo: 'head-prepend',
          },
          meta('clerk-publishable-key', realKey ?? emulator.publishableKey),
          ...(realKey ? [] : [meta('clerk-proxy-url', emulatorProxyUrl)]),
        ];
      },
    },
    configureServer(server) {
      const printViteUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printViteUrls();
        const configuredKey = requestedPublishableKey(undefined, environmentKey);
        server.config.logger.info(
          configuredKey
            ? `  Clerk: the instance of CLERK_PUBLISHABLE_KEY (${configuredKey.slice(0, 16)}…)`
            : [
                `  Clerk: the emulator at ${emulatorProxyUrl} (clerk-js ${emulator.clerkJsVersion ?? 'not installed'})`,
                `  Sign in as ${emulator.users.map((user) => user.email).join(', ')}`,
                `  Password: ${emulator.users[0]?.passwordHint ?? ''}; codes are shown on the page.`,
              ].join('\n'),
        );
      };
    },
  };
}

const clerkEmulator = clerkEmulatorVitePlugin({ mountPath: emulatorProxyUrl });

export default defineConfig({
  root: demoRoot,
  clearScreen: false,
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [clerkEmulator, demoPagePlugin(clerkEmulator.emulator)],
});
