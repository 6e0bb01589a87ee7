import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEmulator, type ClerkEmulator } from '../emulator.js';
import type { EmulatorOptions } from '../options.js';
import { handleSafely } from './handle-safely.js';

/** The part of Vite's dev and preview servers the plugin uses (a Connect app). */
export interface ConnectServerLike {
  readonly middlewares: {
    use(
      handler: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void,
    ): unknown;
  };
}

/** A Vite plugin that also exposes the emulator it mounts. */
export interface ClerkEmulatorVitePlugin {
  readonly name: string;
  /** The emulator instance, for tests and scripts that need its users, outbox or faults. */
  readonly emulator: ClerkEmulator;
  configureServer(server: ConnectServerLike): void;
  configurePreviewServer(server: ConnectServerLike): void;
}

/**
 * Mounts the Clerk Frontend API emulator in Vite's dev server and preview
 * server, at `/__clerk` unless `mountPath` says otherwise.
 *
 * ```ts
 * // vite.config.ts
 * import { clerkEmulatorVitePlugin } from 'clerk-fapi-emulator';
 * export default { plugins: [clerkEmulatorVitePlugin()] };
 * ```
 * Then give clerk-js `proxyUrl: '/__clerk'` and `publishableKeyFor()`.
 */
export function clerkEmulatorVitePlugin(options: EmulatorOptions = {}): ClerkEmulatorVitePlugin {
  const emulator = createEmulator(options);
  const mount = (server: ConnectServerLike) => {
    server.middlewares.use((req, res, next) => {
      void handleSafely(emulator, req, res, next);
    });
  };
  return {
    name: 'clerk-fapi-emulator',
    emulator,
    configureServer: mount,
    configurePreviewServer: mount,
  };
}
