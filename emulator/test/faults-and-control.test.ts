import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type {
  DemoUser,
  FaultsSnapshot,
  OutboxMessage,
  RunningEmulatorServer,
} from '../src/index.js';
import {
  callControl,
  DEMO_PASSWORD,
  FapiTestClient,
  firstError,
  resource,
  startTestEmulator,
} from './http-test-client.js';

describe('fault injection', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('adds latency to matching requests only', async () => {
    // Warm up: the spec validator compiles each response schema on first use.
    await fetch(`${running.proxyUrl}/v1/client`);
    await fetch(`${running.proxyUrl}/v1/environment`);
    running.emulator.faults.setLatency(150, { path: '/v1/client' });
    const slowStart = performance.now();
    await fetch(`${running.proxyUrl}/v1/client`);
    const slow = performance.now() - slowStart;
    const fastStart = performance.now();
    await fetch(`${running.proxyUrl}/v1/environment`);
    const fast = performance.now() - fastStart;
    assert.ok(slow >= 145, `delayed request took ${slow} ms`);
    assert.ok(fast < 100, `other request took ${fast} ms`);
  });

  it('fails the next N matching requests with a status, then recovers', async () => {
    running.emulator.faults.failNext({ count: 2, status: 503, path: '/attempt_second_factor' });
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const code = running.emulator.currentTotp('totp@example.com');
    const first = await browser.attemptSecondFactor(signIn.id, 'totp', code);
    assert.equal(first.status, 503);
    assert.ok(firstError(first).code);
    assert.equal((await browser.attemptSecondFactor(signIn.id, 'totp', code)).status, 503);
    assert.equal(
      resource(await browser.attemptSecondFactor(signIn.id, 'totp', code)).status,
      'complete',
    );
    assert.deepEqual(running.emulator.faults.snapshot().failures, []);
  });

  it('answers 429 with the given Retry-After', async () => {
    running.emulator.faults.rateLimitNext({ retryAfterSeconds: 42 });
    const limited = await fetch(`${running.proxyUrl}/v1/client`);
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '42');
    assert.equal(
      ((await limited.json()) as { errors: { code: string }[] }).errors[0]?.code,
      'too_many_requests',
    );
    assert.equal((await fetch(`${running.proxyUrl}/v1/client`)).status, 200);
  });

  it('drops the connection in the middle of the reply, and logs it as dropped', async () => {
    const lines: string[] = [];
    const logged = await startTestEmulator({ log: (line) => lines.push(line) });
    try {
      logged.emulator.faults.failNext({ drop: true });
      // The head arrives (so that a browser does not quietly retry), the body never does.
      await assert.rejects(
        fetch(`${logged.proxyUrl}/v1/environment`).then((response) => response.text()),
        TypeError,
      );
      assert.equal((await fetch(`${logged.proxyUrl}/v1/environment`)).status, 200);
      assert.match(lines[0] ?? '', /^GET \/__clerk\/v1\/environment → connection dropped/);
    } finally {
      await logged.close();
    }
  });

  it('never affects control endpoints', async () => {
    running.emulator.faults.failNext({ count: 5, status: 500 });
    const users = await callControl<{ users: DemoUser[] }>(running, 'GET', '/users');
    assert.equal(users.status, 200);
    assert.equal(running.emulator.faults.snapshot().failures[0]?.remaining, 5);
  });

  it('is driven over HTTP: latency, fail, rate-limit, read and clear', async () => {
    const latency = await callControl<FaultsSnapshot>(running, 'POST', '/faults/latency', {
      ms: 25,
    });
    assert.equal(latency.body.latencyMs, 25);
    await callControl(running, 'POST', '/faults/fail', {
      count: 1,
      status: 502,
      path: '/v1/client',
    });
    await callControl(running, 'POST', '/faults/rate-limit', {
      retryAfterSeconds: 7,
      path: '/v1/environment',
    });
    const snapshot = await callControl<FaultsSnapshot>(running, 'GET', '/faults');
    assert.deepEqual(snapshot.body.failures, [
      { remaining: 1, status: 502, drop: false, path: '/v1/client' },
      { remaining: 1, status: 429, drop: false, path: '/v1/environment', retryAfterSeconds: 7 },
    ]);
    assert.equal((await fetch(`${running.proxyUrl}/v1/client`)).status, 502);
    const environment = await fetch(`${running.proxyUrl}/v1/environment`);
    assert.equal(environment.status, 429);
    assert.equal(environment.headers.get('retry-after'), '7');
    const cleared = await callControl<FaultsSnapshot>(running, 'DELETE', '/faults');
    assert.deepEqual(cleared.body, { latencyMs: 0, latencyPath: null, failures: [] });
  });

  it('rejects malformed fault requests with 400', async () => {
    assert.equal(
      (await callControl(running, 'POST', '/faults/latency', { ms: 'slow' })).status,
      400,
    );
    assert.equal((await callControl(running, 'POST', '/faults/fail', { count: 0 })).status, 400);
    assert.equal((await callControl(running, 'POST', '/faults/rate-limit', {})).status, 400);
  });
});

describe('control endpoints', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ rateLimit: false });
  });
  after(() => running.close());
  beforeEach(() => running.emulator.reset());

  it('lists itself', async () => {
    const index = await callControl<{ endpoints: { method: string; path: string }[] }>(
      running,
      'GET',
      '',
    );
    assert.ok(
      index.body.endpoints.some(
        (endpoint) => endpoint.method === 'POST' && endpoint.path === '/__emulator/reset',
      ),
    );
  });

  it('lists every control endpoint it answers, each with a description', async () => {
    const index = await callControl<{
      endpoints: { method: string; path: string; description: string }[];
    }>(running, 'GET', '');
    assert.ok(index.body.endpoints.length >= 13);
    for (const endpoint of index.body.endpoints) {
      assert.match(endpoint.path, /^\/__emulator/);
      assert.ok(endpoint.description.length > 0, `${endpoint.method} ${endpoint.path}`);
      if (endpoint.method !== 'GET' || endpoint.path.includes('{')) continue;
      const answer = await callControl<{ error?: string }>(
        running,
        'GET',
        endpoint.path.slice('/__emulator'.length),
      );
      assert.doesNotMatch(answer.body.error ?? '', /^Control endpoint/, `GET ${endpoint.path}`);
    }
  });

  it('lists the demo users with password hint, factors, TOTP secret and URI, backup codes', async () => {
    const { body } = await callControl<{ users: DemoUser[] }>(running, 'GET', '/users');
    assert.deepEqual(
      body.users.map((user) => [user.email, user.secondFactors, user.mfa, user.newDeviceCheck]),
      [
        ['totp-sms@example.com', ['totp', 'phone_code', 'backup_code'], true, false],
        ['totp@example.com', ['totp'], true, false],
        ['sms@example.com', ['phone_code'], true, false],
        ['no-mfa@example.com', [], false, false],
        ['new-device@example.com', [], false, true],
        ['compromised@example.com', [], false, false],
        ['nomfa@example.com', [], false, false],
      ],
    );
    const both = body.users[0];
    assert.equal(both.passwordHint, DEMO_PASSWORD);
    assert.equal(both.totp?.secret, 'UUVZ33VJH2L23C74V7VNAEVBSCP47EO2');
    assert.match(
      both.totp?.uri ?? '',
      /^otpauth:\/\/totp\/.*secret=UUVZ33VJH2L23C74V7VNAEVBSCP47EO2/,
    );
    assert.equal(both.unusedBackupCodes.length, 5);
    assert.equal(both.phoneNumber, '+15555550100');
    const single = await callControl<DemoUser>(running, 'GET', '/users/TOTP%40example.com');
    assert.equal(single.body.email, 'totp@example.com');
    assert.equal((await callControl(running, 'GET', '/users/nobody@example.com')).status, 404);
  });

  it('gives the current TOTP code of a user, which the sign-in accepts', async () => {
    const { status, body } = await callControl<{
      email: string;
      code: string;
      secondsRemaining: number;
    }>(running, 'GET', '/totp/totp@example.com');
    assert.equal(status, 200);
    assert.match(body.code, /^\d{6}$/);
    assert.ok(body.secondsRemaining >= 1 && body.secondsRemaining <= 30);
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    assert.equal(
      resource(await browser.attemptSecondFactor(signIn.id, 'totp', body.code)).status,
      'complete',
    );
    assert.equal((await callControl(running, 'GET', '/totp/sms@example.com')).status, 404);
  });

  it('reads, filters and clears the outbox', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('sms@example.com'));
    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    const trust = new FapiTestClient(running.proxyUrl);
    const trustSignIn = resource(await trust.createSignIn('new-device@example.com'));
    await trust.prepareSecondFactor(trustSignIn.id, { strategy: 'email_code' });

    const all = await callControl<{ messages: OutboxMessage[] }>(running, 'GET', '/outbox');
    assert.deepEqual(
      all.body.messages.map((message) => message.channel),
      ['sms', 'email'],
    );
    const sms = await callControl<{ messages: OutboxMessage[] }>(
      running,
      'GET',
      '/outbox?channel=sms',
    );
    assert.equal(sms.body.messages.length, 1);
    assert.equal(sms.body.messages[0]?.userEmail, 'sms@example.com');
    const latest = await callControl<OutboxMessage>(
      running,
      'GET',
      '/outbox/latest?userEmail=new-device%40example.com',
    );
    assert.equal(latest.body.to, 'new-device@example.com');
    assert.equal((await callControl(running, 'GET', '/outbox?channel=fax')).status, 400);
    assert.deepEqual((await callControl(running, 'DELETE', '/outbox')).body, { cleared: 2 });
    assert.equal((await callControl(running, 'GET', '/outbox/latest')).status, 404);
  });

  it('resets state: sessions, used backup codes and lockouts', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn('totp-sms@example.com'));
    await browser.attemptSecondFactor(signIn.id, 'backup_code', '7bsipw8y');
    assert.equal(running.emulator.users[0]?.unusedBackupCodes.length, 4);
    assert.deepEqual((await callControl(running, 'POST', '/reset')).body, { reset: true });
    assert.equal(running.emulator.users[0]?.unusedBackupCodes.length, 5);
    assert.deepEqual((await browser.request('GET', '/v1/client')).body, {
      response: null,
      client: null,
    });
  });

  it('answers unknown control paths with 404', async () => {
    assert.equal((await callControl(running, 'GET', '/nothing')).status, 404);
  });
});
