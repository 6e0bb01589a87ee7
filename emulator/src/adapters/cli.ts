#!/usr/bin/env node
/**
 * `clerk-fapi-emulator`: runs the Clerk Frontend API emulator on its own
 * loopback port, for pages served by any other server.
 *
 *   clerk-fapi-emulator --port 8787 [--host 127.0.0.1] [--seed users.json]
 *                       [--mount /__clerk] [--cors-origin http://127.0.0.1:5173 ...]
 *                       [--allowed-host myapp.test ...] [--mfa-required] [--log]
 */
import { parseArgs } from 'node:util';
import { startEmulatorServer } from './loopback-server.js';
import { DEV_BROWSER_FRONTEND_API_HOST, publishableKeyFor } from '../publishable-key.js';

const USAGE = `Usage: clerk-fapi-emulator [options]

Runs an emulator of Clerk's Frontend API on a loopback address.

Options:
  --port N            Port to listen on (default 8787; 0 picks a free one)
  --host HOST         Loopback host: 127.0.0.1 (default), ::1 or localhost
  --seed FILE         JSON seed file with users (default: the built-in demo users)
  --mount PATH        Path prefix of the emulator (default /__clerk)
  --cors-origin URL   Page origin allowed to call the emulator cross-origin (repeatable)
  --allowed-host NAME Host name answered besides 127.0.0.1, ::1 and localhost, e.g. for a
                      proxy in front of it (repeatable); other Host headers get 403
  --mfa-required      Require a second factor: users without one sign in to a pending
                      session with the setup-mfa task (PATCH <mount>/__emulator/instance
                      changes it at run time)
  --log               Print one line per request
  --help              Show this help
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string' },
      mount: { type: 'string', default: '/__clerk' },
      'cors-origin': { type: 'string', multiple: true, default: [] },
      'allowed-host': { type: 'string', multiple: true, default: [] },
      'mfa-required': { type: 'boolean', default: false },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a port number (got "${values.port}")`);

  const running = await startEmulatorServer({
    port,
    host: values.host,
    mountPath: values.mount,
    corsOrigins: values['cors-origin'],
    allowedHosts: values['allowed-host'],
    mfaRequired: values['mfa-required'],
    log: values.log,
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
  });
  process.stdout.write(
    [
      `Clerk emulator listening on ${running.origin}`,
      `  proxyUrl:        ${running.proxyUrl}`,
      `  publishable key: ${running.publishableKey}`,
      `  (dev-browser handshake variant: ${publishableKeyFor(DEV_BROWSER_FRONTEND_API_HOST)})`,
      `  clerk-js:        ${running.proxyUrl}/npm/@clerk/clerk-js@6/dist/clerk.browser.js${running.emulator.clerkJsVersion ? '' : ' (not installed: npm install @clerk/clerk-js@6)'}`,
      `  demo users:      ${running.proxyUrl}/__emulator/users`,
      `  CORS origins:    ${running.emulator.options.corsOrigins.join(', ') || '(same origin only)'}`,
      '',
    ].join('\n'),
  );
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `clerk-fapi-emulator: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
});
