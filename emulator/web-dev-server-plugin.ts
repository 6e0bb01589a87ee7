import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEmulator, type ClerkEmulator } from './emulator.js';
import type { EmulatorOptions } from './options.js';

/** The part of a Koa context the middleware uses. */
export interface KoaContextLike {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Set to false when the emulator wrote the response itself. */
  respond?: boolean;
}

/** The part of the Koa app `@web/dev-server` hands to `serverStart`. */
export interface KoaAppLike {
  use(
    middleware: (context: KoaContextLike, next: () => Promise<unknown>) => Promise<unknown>,
  ): unknown;
}

/** A `@web/dev-server` / `@web/test-runner` plugin that also exposes its emulator. */
export interface ClerkEmulatorDevServerPlugin {
  readonly name: string;
  /** The emulator instance, e.g. for test-runner commands that read the outbox or a TOTP code. */
  readonly emulator: ClerkEmulator;
  serverStart(parameters: { app: KoaAppLike }): void;
}

/**
 * Mounts the Clerk Frontend API emulator in `@web/dev-server` or
 * `@web/test-runner`, at `/__clerk` unless `mountPath` says otherwise.
 *
 * ```js
 * // web-test-runner.config.mjs
 * const clerk = clerkEmulatorPlugin();
 * export default {
 *   plugins: [clerk],
 *   // test-runner commands can reach clerk.emulator (users, outbox, currentTotp, faults)
 * };
 * ```
 */
export function clerkEmulatorPlugin(options: EmulatorOptions = {}): ClerkEmulatorDevServerPlugin {
  const emulator = createEmulator(options);
  return {
    name: 'clerk-mfa-emulator',
    emulator,
    serverStart({ app }) {
      app.use(async (context, next) => {
        if (!emulator.handles(context.req.url ?? '/')) return next();
        // The emulator writes to the raw response; Koa must not answer as well.
        context.respond = false;
        return emulator.handle(context.req, context.res);
      });
    },
  };
}
