import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClerkEmulator, NextFunction } from '../emulator.js';

/**
 * Runs the emulator's handler for a server that would not await it (a `request` listener,
 * a Connect middleware). The handler has its own error boundary and never rejects; should
 * it ever, the failure is written to stderr and the response answered 500 or cut off,
 * instead of an unhandled rejection stopping the process.
 */
export function handleSafely(
  emulator: ClerkEmulator,
  req: IncomingMessage,
  res: ServerResponse,
  next?: NextFunction,
): Promise<void> {
  return emulator.handle(req, res, next).catch((error: unknown) => {
    process.stderr.write(
      `[clerk-emulator] ${req.method ?? 'GET'} request failed outside the emulator's boundary: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    res.statusCode = 500;
    res.end();
  });
}
