import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEmulator, type ClerkEmulator } from '../emulator.js';
import type { EmulatorOptions } from '../options.js';
import { handleSafely } from './handle-safely.js';

/** The part of a Koa context the middleware uses. */
export interface KoaContextLike {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** Set to false when the emulator wrote the response itself. */
  respond?: boolean;
}

/** A Koa middleware, as the emulator provides it. */
export type KoaMiddlewareLike = (
  context: KoaContextLike,
  next: () => Promise<unknown>,
) => Promise<unknown>;

/** The part of the Koa app `@web/dev-server` hands to `serverStart`. */
export interface KoaAppLike {
  use(middleware: KoaMiddlewareLike): unknown;
}

/** A `@web/dev-server` / `@web/test-runner` plugin that also exposes its emulator. */
export interface ClerkEmulatorDevServerPlugin {
  readonly name: string;
  /** The emulator instance, e.g. for test-runner commands that read the outbox or a TOTP code. */
  readonly emulator: ClerkEmulator;
  /** The Koa middleware answering under the mount path, for a config's `middleware` list. */
  readonly middleware: KoaMiddlewareLike;
  serverStart(parameters: { app: KoaAppLike; server?: EventEmitter | undefined }): void;
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
  const middleware: KoaMiddlewareLike = async (context, next) => {
    if (!emulator.handles(context.req.url ?? '/')) return next();
    // The emulator writes to the raw response; Koa must not answer as well.
    context.respond = false;
    return handleSafely(emulator, context.req, context.res);
  };
  return {
    name: 'clerk-fapi-emulator',
    emulator,
    middleware,
    serverStart({ app, server }) {
      if (!server) {
        // Middleware mode: the host builds its request handler from the app after start.
        app.use(middleware);
        return;
      }
      // A listening server composed its Koa middleware before plugins start, so a
      // middleware added now would never run: the emulator answers ahead of Koa instead.
      const koaListeners = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (request: IncomingMessage, response: ServerResponse) => {
        if (emulator.handles(request.url ?? '/')) void handleSafely(emulator, request, response);
        else for (const listener of koaListeners) listener.call(server, request, response);
      });
    },
  };
}
