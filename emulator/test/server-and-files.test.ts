import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { serveClerkJsFile } from '../src/http/clerk-js-files.js';
import { hashPassword, verifyPassword } from '../src/domain/passwords.js';
import {
  createEmulator,
  isLoopbackHost,
  startEmulatorServer,
  type FapiResponseForValidation,
  type RunningEmulatorServer,
} from '../src/index.js';

const installedClerkJsVersion = (
  JSON.parse(
    readFileSync(
      new URL('../../node_modules/@clerk/clerk-js/package.json', import.meta.url),
      'utf8',
    ),
  ) as { version: string }
).version;

describe('loopback only', () => {
  it('recognises loopback hosts', () => {
    for (const host of [
      '127.0.0.1',
      '127.8.9.10',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
      'localhost',
      'LOCALHOST',
    ])
      assert.ok(isLoopbackHost(host), host);
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      'example.com',
      '128.0.0.1',
      '::ffff:192.168.1.10',
      '',
    ])
      assert.ok(!isLoopbackHost(host), host);
  });

  it('answers nothing that arrives on another address, whoever listens there', async () => {
    // What a dev server started with `--host` hands over for a request from the network.
    const request = Object.assign(Readable.from([]), {
      url: '/__clerk/__emulator/users',
      method: 'GET',
      headers: {},
      socket: { localAddress: '192.168.1.10' },
    });
    const answer = { status: 0, body: '' };
    const response = {
      setHeader: () => undefined,
      set statusCode(status: number) {
        answer.status = status;
      },
      end: (body: string) => {
        answer.body = body;
      },
    };
    await createEmulator().handle(request as never, response as never);
    assert.equal(answer.status, 403);
    assert.match(answer.body, /only requests made to a loopback address/);
    assert.doesNotMatch(answer.body, /demo-password|@example\.com/);
  });

  it('refuses to listen on any other host, with a clear message', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.10']) {
      await assert.rejects(
        startEmulatorServer({ host, port: 0 }),
        /Refusing to listen on ".*": the Clerk emulator only listens on loopback addresses/,
      );
    }
  });

  it('listens on 127.0.0.1 by default and reports the proxy URL and key', async () => {
    const running = await startEmulatorServer();
    try {
      assert.match(running.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(running.proxyUrl, `${running.origin}/__clerk`);
      assert.match(running.publishableKey, /^pk_test_/);
      assert.equal((await fetch(`${running.proxyUrl}/v1/environment`)).status, 200);
    } finally {
      await running.close();
    }
  });
});

describe('clerk-js files', () => {
  let running: RunningEmulatorServer;
  before(async () => {
    running = await startEmulatorServer();
  });
  after(() => running.close());

  it(`serves the installed ${installedClerkJsVersion} build for the major and the exact version`, async () => {
    const major = installedClerkJsVersion.split('.')[0];
    for (const version of [major, installedClerkJsVersion]) {
      const response = await fetch(
        `${running.proxyUrl}/npm/@clerk/clerk-js@${version}/dist/clerk.browser.js`,
      );
      assert.equal(response.status, 200, version);
      assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
      const text = await response.text();
      assert.ok(text.length > 100_000, 'the whole browser build');
    }
    assert.equal(running.emulator.clerkJsVersion, installedClerkJsVersion);
  });

  it('serves the chunks next to the build', async () => {
    const response = await fetch(
      `${running.proxyUrl}/npm/@clerk/clerk-js@${installedClerkJsVersion}/dist/vendors_clerk.browser_a68c22_${installedClerkJsVersion}.js`,
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(response.headers.get('cache-control') ?? '', /immutable/);
  });

  it('answers other versions, unknown files and path tricks with an explanatory 404', async () => {
    const otherVersion = await fetch(
      `${running.proxyUrl}/npm/@clerk/clerk-js@5/dist/clerk.browser.js`,
    );
    assert.equal(otherVersion.status, 404);
    assert.match(
      await otherVersion.text(),
      new RegExp(`installed version is ${installedClerkJsVersion.replaceAll('.', '\\.')}`),
    );
    const unknownFile = await fetch(`${running.proxyUrl}/npm/@clerk/clerk-js@6/dist/nothing.js`);
    assert.equal(unknownFile.status, 404);
    assert.match(await unknownFile.text(), /has no file dist\/nothing\.js/);
    const traversal = await fetch(
      `${running.proxyUrl}/npm/@clerk/clerk-js@6/dist/..%2Fpackage.json`,
    );
    assert.equal(traversal.status, 404);
  });

  it('says how to install clerk-js when it is missing', async () => {
    const server = createServer((req, res) =>
      serveClerkJsFile(req, res, { version: '6', file: 'clerk.browser.js' }, { installed: false }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${address.port}/`);
      assert.equal(response.status, 404);
      assert.match(await response.text(), /npm install --save-dev @clerk\/clerk-js@6/);
    } finally {
      server.close();
    }
  });
});

describe('mounting', () => {
  it('calls next() outside the mount path and answers inside it', async () => {
    const emulator = createEmulator({ mountPath: '/auth/clerk/' });
    assert.equal(emulator.mountPath, '/auth/clerk');
    const passedOn: string[] = [];
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      void emulator.handle(req, res, () => {
        passedOn.push(req.url ?? '');
        res.end('app');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      assert.equal(await (await fetch(`${origin}/auth/clerkish/v1/client`)).text(), 'app');
      assert.equal(await (await fetch(`${origin}/index.html`)).text(), 'app');
      assert.equal((await fetch(`${origin}/auth/clerk/v1/client`)).status, 200);
      assert.deepEqual(passedOn, ['/auth/clerkish/v1/client', '/index.html']);
      assert.ok(emulator.handles('/auth/clerk/v1/client?x=1'));
      assert.ok(!emulator.handles('/auth/other'));
    } finally {
      server.close();
    }
  });
});

describe('CORS', () => {
  let running: RunningEmulatorServer;
  before(async () => {
    running = await startEmulatorServer({ corsOrigins: ['http://127.0.0.1:5173'] });
  });
  after(() => running.close());

  it('allows the configured origin with credentials, and answers preflights', async () => {
    const allowed = await fetch(`${running.proxyUrl}/v1/client`, {
      headers: { origin: 'http://127.0.0.1:5173' },
    });
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://127.0.0.1:5173');
    assert.equal(allowed.headers.get('access-control-allow-credentials'), 'true');
    const preflight = await fetch(`${running.proxyUrl}/v1/client/sign_ins`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.equal(preflight.headers.get('access-control-allow-headers'), 'content-type');
  });

  it('gives other origins no CORS headers', async () => {
    const other = await fetch(`${running.proxyUrl}/v1/client`, {
      headers: { origin: 'http://127.0.0.1:9999' },
    });
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  });
});

describe('validateResponse hook', () => {
  it('receives the effective method, the path without mount or query, the status and the body', async () => {
    const seen: FapiResponseForValidation[] = [];
    const running = await startEmulatorServer({
      validateResponse: (response) => {
        seen.push(response);
        return [];
      },
    });
    try {
      await fetch(
        `${running.proxyUrl}/v1/client/sessions?_method=DELETE&__clerk_api_version=2026-08-20`,
        { method: 'POST' },
      );
      await fetch(`${running.proxyUrl}/__emulator/users`);
      await fetch(`${running.proxyUrl}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`);
      await fetch(`${running.proxyUrl}/v1/jwks`);
      assert.deepEqual(
        seen.map(({ method, path, status }) => ({ method, path, status })),
        [
          { method: 'DELETE', path: '/v1/client/sessions', status: 400 },
          { method: 'GET', path: '/v1/jwks', status: 200 },
        ],
        'control endpoints and static files are not validated',
      );
      assert.equal(
        (seen[0]?.body as { errors: { code: string }[] }).errors[0]?.code,
        'client_not_found',
      );
    } finally {
      await running.close();
    }
  });

  it('turns violations into a 500 emulator_spec_violation and writes them to stderr', async (context) => {
    const written: string[] = [];
    context.mock.method(process.stderr, 'write', (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const running = await startEmulatorServer({
      validateResponse: () => ['/response must be null', '/client must be null'],
    });
    try {
      const response = await fetch(`${running.proxyUrl}/v1/client`);
      assert.equal(response.status, 500);
      assert.deepEqual(await response.json(), {
        errors: [
          {
            code: 'emulator_spec_violation',
            message: 'Response violates the FAPI spec',
            long_message: '/response must be null\n/client must be null',
          },
        ],
      });
      assert.match(
        written.join(''),
        /GET \/v1\/client 200 violates the FAPI spec:\n {2}\/response must be null\n {2}\/client must be null/,
      );
    } finally {
      await running.close();
    }
  });

  it('answers a TypeError thrown while answering with 500 and writes its stack to stderr', async (context) => {
    const written: string[] = [];
    context.mock.method(process.stderr, 'write', (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const running = await startEmulatorServer({
      validateResponse: () => {
        throw new TypeError('a bug in the check');
      },
    });
    try {
      const response = await fetch(`${running.proxyUrl}/v1/environment`);
      assert.equal(response.status, 500);
      const body = (await response.json()) as { errors: { code: string }[] };
      assert.equal(body.errors[0]?.code, 'internal_clerk_error');
      assert.match(
        written.join(''),
        /GET \/__clerk\/v1\/environment failed: TypeError: a bug in the check\n\s+at /,
      );
      assert.equal((await fetch(`${running.proxyUrl}/__emulator/users`)).status, 200);
    } finally {
      await running.close();
    }
  });

  it('answers unknown FAPI paths with resource_not_found', async () => {
    const running = await startEmulatorServer();
    try {
      const response = await fetch(`${running.proxyUrl}/v1/nothing/here`);
      assert.equal(response.status, 404);
      assert.equal(
        ((await response.json()) as { errors: { code: string }[] }).errors[0]?.code,
        'resource_not_found',
      );
    } finally {
      await running.close();
    }
  });
});

describe('seeds', () => {
  it('loads users from a JSON seed file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'clerk-emulator-seed-'));
    const seedPath = join(directory, 'users.json');
    writeFileSync(
      seedPath,
      JSON.stringify({
        users: [
          { email: 'solo@example.org', password: 'seed-password', phoneNumber: '+15555550199' },
        ],
      }),
    );
    const emulator = createEmulator({ seed: seedPath });
    assert.deepEqual(
      emulator.users.map((user) => [user.email, user.secondFactors, user.mfa]),
      [['solo@example.org', ['phone_code'], true]],
    );
  });

  it('refuses an invalid seed with a message naming the problem', () => {
    assert.throws(
      () => createEmulator({ seed: { users: [{ email: 'not-an-email', password: 'x' }] } }),
      /users\[0\]\.email must be an e-mail address/,
    );
    assert.throws(
      () =>
        createEmulator({
          seed: { users: [{ email: 'a@example.com', password: 'x', totpSecret: 'not base32!' }] },
        }),
      /totpSecret must be base32/,
    );
    assert.throws(
      () =>
        createEmulator({
          seed: {
            users: [
              { email: 'a@example.com', password: 'x' },
              { email: 'A@example.com', password: 'y' },
            ],
          },
        }),
      /appears twice/,
    );
  });

  it('stores passwords as salted scrypt hashes', () => {
    const first = hashPassword('demo-password');
    const second = hashPassword('demo-password');
    assert.notEqual(first.hash, second.hash, 'a fresh salt each time');
    assert.ok(!JSON.stringify(first).includes('demo-password'));
    assert.ok(verifyPassword('demo-password', first));
    assert.ok(!verifyPassword('demo-password!', first));
  });

  it('mfa: false turns the second factor off for a user who has one', () => {
    const emulator = createEmulator({
      seed: {
        users: [
          {
            email: 'off@example.com',
            password: 'x',
            totpSecret: 'RYNO2K5ZI35YTPP2RLNVCQF3WKE7XFWR',
            mfa: false,
          },
        ],
      },
    });
    assert.equal(emulator.users[0]?.mfa, false);
  });
});
