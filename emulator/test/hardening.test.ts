/**
 * What no request may do to the emulator: reach it through another host name, change its
 * state from another origin or without JSON, inject faults out of range, or fill its
 * memory; and the faults the browser tests need (a reply lost after processing, a restart).
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { EmulatorStats, FaultsSnapshot, RunningEmulatorServer } from '../src/index.js';
import {
  callControl,
  DEMO_PASSWORD,
  FapiTestClient,
  ManualClock,
  resource,
  startTestEmulator,
  TEST_PAGE_ORIGIN,
} from './http-test-client.js';
import { rawRequest } from './raw-http.js';

describe('who may call', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false, allowedHosts: ['myapp.test'] });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('answers only a Host that names a loopback address or an allowed host', async () => {
    const { port } = new URL(running.origin);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `myapp.test:${port}`]) {
      const answer = await rawRequest(running, { path: '/__clerk/__emulator/users', host });
      assert.equal(answer.status, 200, host);
    }
    for (const host of ['evil.example', `evil.example:${port}`, 'localhost.evil.example', '']) {
      const answer = await rawRequest(running, { path: '/__clerk/__emulator/users', host });
      assert.equal(answer.status, 403, host);
      assert.doesNotMatch(answer.body, /demo-password|@example\.com|secret/, host);
    }
  });

  it('refuses a control POST from another origin whatever its content type, and changes nothing', async () => {
    running.emulator.faults.setLatency(1);
    for (const contentType of [
      'text/plain',
      'application/json',
      'application/x-www-form-urlencoded',
    ]) {
      const answer = await rawRequest(running, {
        method: 'POST',
        path: '/__clerk/__emulator/faults/fail',
        headers: { origin: 'http://evil.example', 'content-type': contentType },
        body: JSON.stringify({ count: 100_000 }),
      });
      assert.equal(answer.status, 403, contentType);
    }
    const reset = await rawRequest(running, {
      method: 'POST',
      path: '/__clerk/__emulator/reset',
      headers: { origin: 'null', 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(reset.status, 403);
    assert.deepEqual(running.emulator.faults.snapshot(), {
      latencyMs: 1,
      latencyPath: null,
      failures: [],
    });
  });

  it('refuses a sign-in from another origin, allows the page itself, corsOrigins and non-browsers', async () => {
    const fromOrigin = (origin?: string) =>
      rawRequest(running, {
        method: 'POST',
        path: '/__clerk/v1/client/sign_ins',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(origin ? { origin } : {}),
        },
        body: `identifier=no-mfa%40example.com&password=${DEMO_PASSWORD}`,
      });
    const refused = await fromOrigin('http://localhost:3000');
    assert.equal(refused.status, 403);
    assert.equal(
      (JSON.parse(refused.body) as { errors: { code: string }[] }).errors[0]?.code,
      'not_allowed_access',
    );
    assert.equal((await fromOrigin(running.origin)).status, 200);
    assert.equal((await fromOrigin(TEST_PAGE_ORIGIN)).status, 200);
    assert.equal((await fromOrigin()).status, 200);
  });

  it('needs Content-Type: application/json for control requests that change state', async () => {
    const answer = await rawRequest(running, {
      method: 'POST',
      path: '/__clerk/__emulator/faults/fail',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ count: 3 }),
    });
    assert.equal(answer.status, 415);
    assert.match(answer.body, /application\/json/);
    assert.deepEqual(running.emulator.faults.snapshot().failures, []);
    const cleared = await rawRequest(running, {
      method: 'DELETE',
      path: '/__clerk/__emulator/outbox',
    });
    assert.equal(cleared.status, 415);
  });
});

describe('fault inputs', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('refuses out-of-range and unknown settings with 400 and a message, and applies none of them', async () => {
    const refused: [string, Record<string, unknown>, RegExp][] = [
      ['/faults/fail', { status: 200 }, /status must be an HTTP error status, 400 to 599/],
      ['/faults/fail', { status: 700 }, /status must be/],
      ['/faults/fail', { status: 500.5 }, /status must be/],
      ['/faults/fail', { count: 0 }, /count must be an integer from 1 to 10000/],
      ['/faults/fail', { count: 10_001 }, /count must be/],
      [
        '/faults/fail',
        { retryAfterSeconds: -1 },
        /retryAfterSeconds must be an integer from 0 to 86400/,
      ],
      ['/faults/fail', { retryAfterSeconds: 1.5 }, /retryAfterSeconds must be/],
      ['/faults/fail', { drop: 'sometimes' }, /drop must be true, false or "after"/],
      ['/faults/fail', { path: '' }, /path must be a non-empty string/],
      ['/faults/fail', { retryAfter: 3 }, /Unknown field "retryAfter"/],
      ['/faults/latency', { ms: -1 }, /ms must be a number of milliseconds from 0 to 60000/],
      ['/faults/latency', { ms: 60_001 }, /ms must be/],
      ['/faults/rate-limit', { retryAfterSeconds: 86_401 }, /retryAfterSeconds must be/],
      ['/reset', { everything: true }, /Unknown field "everything" \(expected no fields\)/],
    ];
    for (const [path, body, message] of refused) {
      const answer = await callControl<{ error: string }>(running, 'POST', path, body);
      assert.equal(answer.status, 400, `${path} ${JSON.stringify(body)}`);
      assert.match(answer.body.error, message);
    }
    assert.deepEqual(running.emulator.faults.snapshot(), {
      latencyMs: 0,
      latencyPath: null,
      failures: [],
    });
  });

  it('answers unknown control actions with 404 and a wrong method with 405', async () => {
    assert.equal((await callControl(running, 'POST', '/faults/explode', {})).status, 404);
    const wrongMethod = await callControl<{ error: string }>(running, 'GET', '/reset');
    assert.equal(wrongMethod.status, 405);
    assert.match(wrongMethod.body.error, /use POST/);
  });

  it('caps the failure plans that can wait', async () => {
    for (let plan = 0; plan < 100; plan += 1)
      running.emulator.faults.failNext({ path: '/nothing' });
    const refused = await callControl<{ error: string }>(running, 'POST', '/faults/fail', {});
    assert.equal(refused.status, 400);
    assert.match(refused.body.error, /At most 100 failure plans/);
  });
});

describe('a reply lost after processing, and a restart', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it("drop: 'after' processes the request, then drops the connection: the code is accepted, the reply lost", async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const planned = await callControl<FaultsSnapshot>(running, 'POST', '/faults/fail', {
      drop: 'after',
      path: '/attempt_second_factor',
    });
    assert.equal(planned.body.failures[0]?.drop, 'after');
    const code = running.emulator.currentTotp('totp@example.com');
    await assert.rejects(browser.attemptSecondFactor(signIn.id, 'totp', code), TypeError);
    const client = resource(await browser.request('GET', '/v1/client'));
    assert.equal(client.sessions?.length, 1, 'the sign-in completed although its reply was lost');
    assert.equal(client.sign_in, null);
  });

  it('restart forgets every client, sign-in, session, dev browser and code; faults stay', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    await browser.createSignIn('no-mfa@example.com');
    const devBrowser = new FapiTestClient(running.proxyUrl);
    await devBrowser.startDevBrowser();
    running.emulator.faults.setLatency(1, { path: '/v1/environment' });
    const restarted = await callControl(running, 'POST', '/restart');
    assert.deepEqual(restarted.body, { restarted: true });
    assert.deepEqual((await browser.request('GET', '/v1/client')).body, {
      response: null,
      client: null,
    });
    assert.equal((await devBrowser.request('GET', '/v1/client')).status, 401);
    const stats = await callControl<EmulatorStats>(running, 'GET', '/stats');
    assert.equal(stats.body.clients, 0);
    assert.equal(stats.body.sessions, 0);
    assert.equal(running.emulator.faults.snapshot().latencyMs, 1);
  });
});

describe('bounded memory', () => {
  it('keeps at most limits.clients clients, each with at most one sign-in', async () => {
    const running = await startTestEmulator({ rateLimit: false, limits: { clients: 20 } });
    try {
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const browser = new FapiTestClient(running.proxyUrl);
        await browser.request('POST', '/v1/client/sign_ins', { identifier: 'totp@example.com' });
        await browser.request('POST', '/v1/client/sign_ins', { identifier: 'sms@example.com' });
      }
      const { clients, signIns } = running.emulator.stats();
      assert.equal(clients, 20);
      assert.equal(signIns, 20);
    } finally {
      await running.close();
    }
  });

  it('forgets an idle client without a session once a sign-in lifetime has passed', async () => {
    const clock = new ManualClock();
    const running = await startTestEmulator({ rateLimit: false, now: clock.now });
    try {
      const idle = new FapiTestClient(running.proxyUrl);
      await idle.request('POST', '/v1/client/sign_ins', { identifier: 'totp@example.com' });
      const signedIn = new FapiTestClient(running.proxyUrl);
      await signedIn.createSignIn('no-mfa@example.com');
      clock.advanceSeconds(86_400);
      await new FapiTestClient(running.proxyUrl).request('POST', '/v1/client');
      assert.equal(running.emulator.stats().clients, 2, 'the signed-in client and the new one');
      assert.equal(resource(await signedIn.request('GET', '/v1/client')).sessions?.length, 1);
    } finally {
      await running.close();
    }
  });

  it('keeps the outbox and the finished sessions of a client within their limits', async () => {
    const running = await startTestEmulator({
      rateLimit: false,
      resendCooldownSeconds: 0,
      limits: { outboxMessages: 3 },
    });
    try {
      const texter = new FapiTestClient(running.proxyUrl);
      const signIn = resource(await texter.createSignIn('sms@example.com'));
      for (let send = 0; send < 5; send += 1)
        await texter.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
      assert.equal(running.emulator.outbox.length, 3);

      const browser = new FapiTestClient(running.proxyUrl);
      for (let round = 0; round < 15; round += 1) {
        await browser.createSignIn('no-mfa@example.com');
        await browser.request('DELETE', '/v1/client/sessions');
      }
      assert.ok(running.emulator.stats().sessions <= 10, `${running.emulator.stats().sessions}`);
    } finally {
      await running.close();
    }
  });
});
