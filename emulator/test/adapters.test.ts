import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { createServer as createViteServer, preview as startVitePreview } from 'vite';
import { clerkEmulatorPlugin, clerkEmulatorVitePlugin } from '../src/index.js';
import { DEMO_PASSWORD, FapiTestClient, resource } from './http-test-client.js';
import { rawRequest } from './raw-http.js';

const packageRoot = fileURLToPath(new URL('../', import.meta.url));

/** A directory with an index.html, to prove the host server still serves its own files. */
function createSiteDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'clerk-emulator-site-'));
  writeFileSync(
    join(directory, 'index.html'),
    '<!doctype html><title>host page</title><p>host page</p>',
  );
  mkdirSync(join(directory, 'dist'));
  writeFileSync(
    join(directory, 'dist', 'index.html'),
    '<!doctype html><title>built page</title><p>built page</p>',
  );
  return directory;
}

/** Unhandled rejections seen while these tests run: an adapter that drops a promise shows here. */
const unhandledRejections: unknown[] = [];
process.on('unhandledRejection', (reason) => unhandledRejections.push(reason));

/**
 * Sends what once stopped a server (a target that is no URL, malformed escapes, a 10 MB
 * body) to the emulator mounted at `origin`/__clerk, and checks that every one is
 * answered and the emulator still answers afterwards.
 */
async function assertSurvivesHostileRequests(origin: string): Promise<void> {
  const server = { origin };
  // Outside the mount path the host server answers as it likes (Vite closes the connection).
  await rawRequest(server, { path: '//[' });
  assert.equal((await rawRequest(server, { path: '/__clerk//[' })).status, 404);
  assert.equal(
    (await rawRequest(server, { path: '/__clerk/__emulator/users/%E0%A4%A' })).status,
    400,
  );
  const oversized = await rawRequest(server, {
    method: 'POST',
    path: '/__clerk/v1/client/sign_ins',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: Buffer.alloc(10 * 1024 * 1024, 'a'),
  });
  assert.equal(oversized.status, 413);
  assert.equal((await fetch(`${origin}/__clerk/v1/environment`)).status, 200);
  assert.deepEqual(unhandledRejections, []);
}

/** Signs in with TOTP through `proxyUrl`, the way clerk-js would. */
async function signInWithTotp(
  proxyUrl: string,
  currentTotp: (email: string) => string,
): Promise<string> {
  const browser = new FapiTestClient(proxyUrl);
  const signIn = resource(await browser.createSignIn('totp@example.com', DEMO_PASSWORD));
  const done = resource(
    await browser.attemptSecondFactor(signIn.id, 'totp', currentTotp('totp@example.com')),
  );
  return done.status ?? '';
}

describe('CLI (clerk-fapi-emulator)', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  after(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  function runCli(args: string[]): ChildProcessWithoutNullStreams {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/adapters/cli.ts'), ...args],
      { cwd: packageRoot },
    );
    children.push(child);
    return child;
  }

  function waitForOutput(
    child: ChildProcessWithoutNullStreams,
    pattern: RegExp,
  ): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = pattern.exec(output);
        if (match) resolve(match);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) =>
        reject(new Error(`CLI exited with ${code} before printing ${pattern}:\n${output}`)),
      );
    });
  }

  it('starts on a free loopback port, prints URL, proxyUrl and key, and answers with CORS for the given origin', async () => {
    const child = runCli(['--port', '0', '--cors-origin', 'http://127.0.0.1:5173']);
    const [printed, origin = '', proxyUrl = '', publishableKey = ''] = await waitForOutput(
      child,
      /listening on (http:\/\/127\.0\.0\.1:\d+)\n\s+proxyUrl:\s+(\S+)\n\s+publishable key:\s+(pk_test_\S+)/,
    );
    assert.ok(printed);
    assert.equal(proxyUrl, `${origin}/__clerk`);
    assert.equal(
      Buffer.from(publishableKey.slice('pk_test_'.length), 'base64').toString(),
      'clerk.emulator.local$',
    );

    const preflight = await fetch(`${proxyUrl}/v1/client/sign_ins`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), 'http://127.0.0.1:5173');
    assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');

    const browser = new FapiTestClient(proxyUrl, { origin: 'http://127.0.0.1:5173' });
    const created = await browser.createSignIn('no-mfa@example.com');
    assert.equal(resource(created).status, 'complete');
    assert.equal(created.headers.get('access-control-allow-origin'), 'http://127.0.0.1:5173');
    assert.equal(created.headers.get('access-control-allow-credentials'), 'true');

    await assertSurvivesHostileRequests(origin);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('loads a seed file and mounts at another path', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'clerk-emulator-cli-'));
    const seedPath = join(directory, 'users.json');
    writeFileSync(
      seedPath,
      JSON.stringify({ users: [{ email: 'cli@example.org', password: 'cli-password' }] }),
    );
    const child = runCli(['--port', '0', '--seed', seedPath, '--mount', '/clerk-api']);
    const [, , proxyUrl = ''] = await waitForOutput(
      child,
      /listening on (http:\/\/127\.0\.0\.1:\d+)\n\s+proxyUrl:\s+(\S+)/,
    );
    assert.match(proxyUrl, /\/clerk-api$/);
    const users = (await (await fetch(`${proxyUrl}/__emulator/users`)).json()) as {
      users: { email: string }[];
    };
    assert.deepEqual(
      users.users.map((user) => user.email),
      ['cli@example.org'],
    );
  });

  it('--mfa-required starts an instance that requires a second factor', async () => {
    const child = runCli(['--port', '0', '--mfa-required']);
    const [, , proxyUrl = ''] = await waitForOutput(
      child,
      /listening on (http:\/\/127\.0\.0\.1:\d+)\n\s+proxyUrl:\s+(\S+)/,
    );
    const instance = (await (await fetch(`${proxyUrl}/__emulator/instance`)).json()) as {
      mfaRequired: boolean;
    };
    assert.equal(instance.mfaRequired, true);
    const browser = new FapiTestClient(proxyUrl);
    const created = await browser.createSignIn('nomfa@example.com');
    assert.equal(created.body.client?.sessions?.[0]?.status, 'pending');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  it('refuses a non-loopback host with a clear message and exit code 1', async () => {
    const child = runCli(['--port', '0', '--host', '0.0.0.0']);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    assert.equal(code, 1);
    assert.match(
      stderr,
      /Refusing to listen on "0\.0\.0\.0": the Clerk emulator only listens on loopback addresses/,
    );
  });

  it('prints its usage with --help', async () => {
    const child = runCli(['--help']);
    const [usage] = await waitForOutput(
      child,
      /Usage: clerk-fapi-emulator[\s\S]*--cors-origin URL/,
    );
    assert.ok(usage);
  });
});

describe('Vite plugin (clerkEmulatorVitePlugin)', () => {
  it('mounts the emulator at /__clerk in the dev server and leaves other requests to Vite', async () => {
    const root = createSiteDirectory();
    const plugin = clerkEmulatorVitePlugin();
    const server = await createViteServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [plugin],
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    try {
      const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      assert.match(origin ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
      const environment = await fetch(`${origin}/__clerk/v1/environment`);
      assert.equal(environment.status, 200);
      assert.match(environment.headers.get('content-type') ?? '', /application\/json/);
      assert.match(await (await fetch(`${origin}/`)).text(), /host page/);
      assert.equal(
        await signInWithTotp(`${origin}/__clerk`, plugin.emulator.currentTotp),
        'complete',
      );
      const clerkJs = await fetch(`${origin}/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js`);
      assert.equal(clerkJs.headers.get('content-type'), 'text/javascript; charset=utf-8');
      await assertSurvivesHostileRequests(origin ?? '');
    } finally {
      await server.close();
    }
  });

  it('mounts the emulator in the preview server too', async () => {
    const root = createSiteDirectory();
    const plugin = clerkEmulatorVitePlugin({ mountPath: '/clerk' });
    const server = await startVitePreview({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [plugin],
      build: { outDir: 'dist' },
      preview: { port: 0, host: '127.0.0.1' },
    });
    try {
      const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      assert.match(origin ?? '', /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal((await fetch(`${origin}/clerk/v1/client`)).status, 200);
      assert.match(await (await fetch(`${origin}/`)).text(), /built page/);
      assert.equal(
        await signInWithTotp(`${origin}/clerk`, plugin.emulator.currentTotp),
        'complete',
      );
    } finally {
      await server.close();
    }
  });
});

describe('@web/dev-server plugin (clerkEmulatorPlugin)', () => {
  it('answers under /__clerk in a listening dev server, serves other files, and exposes the emulator', async () => {
    const rootDir = createSiteDirectory();
    const plugin = clerkEmulatorPlugin();
    const port = await findFreeLoopbackPort();
    const devServer = await startDevServer({
      config: { rootDir, hostname: '127.0.0.1', port, plugins: [plugin] },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    try {
      const origin = `http://127.0.0.1:${port}`;
      const client = await fetch(`${origin}/__clerk/v1/client`);
      assert.equal(client.status, 200);
      assert.deepEqual(await client.json(), { response: null, client: null });
      assert.match(await (await fetch(`${origin}/index.html`)).text(), /host page/);
      assert.equal(
        await signInWithTotp(`${origin}/__clerk`, plugin.emulator.currentTotp),
        'complete',
      );
      const clerkJs = await fetch(`${origin}/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js`);
      assert.equal(clerkJs.status, 200);
      assert.equal(clerkJs.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.ok((await clerkJs.text()).length > 100_000);
      const users = (await (await fetch(`${origin}/__clerk/__emulator/users`)).json()) as {
        users: unknown[];
      };
      assert.equal(users.users.length, plugin.emulator.users.length);
      await assertSurvivesHostileRequests(origin);
    } finally {
      await devServer.stop();
    }
  });

  it("also mounts through a config's middleware list", async () => {
    const rootDir = createSiteDirectory();
    const plugin = clerkEmulatorPlugin();
    const port = await findFreeLoopbackPort();
    const devServer = await startDevServer({
      config: { rootDir, hostname: '127.0.0.1', port, middleware: [plugin.middleware] },
      readCliArgs: false,
      readFileConfig: false,
      autoExitProcess: false,
      logStartMessage: false,
    });
    try {
      const users = await fetch(`http://127.0.0.1:${port}/__clerk/__emulator/users`);
      assert.equal(users.status, 200);
      await assertSurvivesHostileRequests(`http://127.0.0.1:${port}`);
    } finally {
      await devServer.stop();
    }
  });
});

/** A port free on 127.0.0.1 right now. */
async function findFreeLoopbackPort(): Promise<number> {
  const server = createHttpServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
