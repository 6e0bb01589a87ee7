import { createServer, type Server } from 'node:http';
import { createEmulator, type ClerkEmulator } from '../emulator.js';
import { isLoopbackHost } from '../http/loopback.js';
import type { EmulatorOptions } from '../options.js';
import { handleSafely } from './handle-safely.js';

/** Time a client has to send its whole request (the longest injected latency is 60 s on top). */
const REQUEST_TIMEOUT_MS = 30_000;

export { isLoopbackHost };

/** Throws a clear error unless `host` is a loopback address. */
export function assertLoopbackHost(host: string): void {
  if (!isLoopbackHost(host)) {
    throw new Error(
      `Refusing to listen on "${host}": the Clerk emulator only listens on loopback addresses ` +
        '(127.0.0.0/8, ::1 or localhost), because it serves demo passwords and verification codes.',
    );
  }
}

/** Options of {@link startEmulatorServer}: the emulator's plus where to listen. */
export interface EmulatorServerOptions extends EmulatorOptions {
  /** TCP port; 0 picks a free one. Default 0. */
  port?: number;
  /** Loopback host. Default `127.0.0.1`. */
  host?: string;
}

/** A running stand-alone emulator server. */
export interface RunningEmulatorServer {
  readonly emulator: ClerkEmulator;
  readonly server: Server;
  /** Origin of the server, e.g. `http://127.0.0.1:8787`. */
  readonly origin: string;
  /** Absolute URL to pass to clerk-js as `proxyUrl`, e.g. `http://127.0.0.1:8787/__clerk`. */
  readonly proxyUrl: string;
  readonly publishableKey: string;
  close(): Promise<void>;
}

/**
 * Starts the emulator on its own HTTP server, on a loopback address only.
 * Refuses any other host with a clear error.
 */
export async function startEmulatorServer(
  options: EmulatorServerOptions = {},
): Promise<RunningEmulatorServer> {
  const { port = 0, host = '127.0.0.1', ...emulatorOptions } = options;
  assertLoopbackHost(host);
  const emulator = createEmulator(emulatorOptions);
  const server = createServer((req, res) => {
    void handleSafely(emulator, req, res);
  });
  // A client that trickles its request never holds a connection for long.
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The emulator server has no TCP address');
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostForUrl}:${address.port}`;
  return {
    emulator,
    server,
    origin,
    proxyUrl: `${origin}${emulator.mountPath}`,
    publishableKey: emulator.publishableKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
