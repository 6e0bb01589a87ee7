import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { verifyToken } from '@clerk/backend';
import type { RunningEmulatorServer } from '../src/index.js';
import { FapiTestClient, ManualClock, resource, startTestEmulator } from './http-test-client.js';

function decodeJwtPart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[index], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

describe('session tokens', () => {
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({ sessionTokenTtlSeconds: 60, rateLimit: false });
  });
  after(() => running.close());

  async function signInWithTotp(
    origin: string,
  ): Promise<{ token: string; sessionId: string; userId: string }> {
    const browser = new FapiTestClient(running.proxyUrl, { origin });
    const signIn = resource(await browser.createSignIn('totp@example.com'));
    const done = resource(
      await browser.attemptSecondFactor(
        signIn.id,
        'totp',
        running.emulator.currentTotp('totp@example.com'),
      ),
    );
    const sessionId = done.created_session_id!;
    const token = await browser.request('POST', `/v1/client/sessions/${sessionId}/tokens`);
    const userId = running.emulator.users.find((user) => user.email === 'totp@example.com')!.id;
    return { token: token.body.jwt!, sessionId, userId };
  }

  it('are RS256 JWTs that @clerk/backend verifies with the PEM public key', async () => {
    const { token, sessionId, userId } = await signInWithTotp('http://127.0.0.1:5173');
    const claims = await verifyToken(token, {
      jwtKey: running.emulator.publicKeyPem,
      authorizedParties: ['http://127.0.0.1:5173'],
    });
    assert.equal(claims.sid, sessionId);
    assert.equal(claims.sub, userId);
    assert.equal(claims.iss, 'https://clerk.emulator.local');
    assert.equal(claims.azp, 'http://127.0.0.1:5173');
    assert.equal(claims.exp - claims.iat, 60);
    assert.ok(claims.nbf <= claims.iat);
    assert.equal(claims.v, 2);
    assert.equal(claims.sts, 'active');
    assert.deepEqual(claims.fva, [0, 0]);
    assert.deepEqual(decodeJwtPart(token, 0), {
      alg: 'RS256',
      typ: 'JWT',
      kid: running.emulator.jwks.keys[0].kid,
    });
  });

  it('fail verification with another key or another authorized party', async () => {
    const { token } = await signInWithTotp('http://127.0.0.1:5173');
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    await assert.rejects(verifyToken(token, { jwtKey: otherKey }));
    await assert.rejects(
      verifyToken(token, {
        jwtKey: running.emulator.publicKeyPem,
        authorizedParties: ['http://evil.example'],
      }),
    );
  });

  it('are served with a JWKS at /v1/jwks and /.well-known/jwks.json that verifies them', async () => {
    const { token } = await signInWithTotp('http://127.0.0.1:5173');
    for (const path of ['/v1/jwks', '/.well-known/jwks.json']) {
      const response = await fetch(`${running.proxyUrl}${path}`);
      assert.equal(response.status, 200, path);
      const jwks = (await response.json()) as {
        keys: { kid: string; kty: string; alg: string; use: string; n: string; e: string }[];
      };
      assert.equal(jwks.keys.length, 1);
      const [key] = jwks.keys;
      assert.equal(key?.kty, 'RSA');
      assert.equal(key?.alg, 'RS256');
      assert.equal(key?.use, 'sig');
      const pem = createPublicKey({ key: { kty: 'RSA', n: key.n, e: key.e }, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString();
      const claims = await verifyToken(token, { jwtKey: pem });
      assert.ok(claims.sid);
    }
  });

  it('fva is [minutes, -1] for a sign-in without a second factor', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const created = await browser.createSignIn('no-mfa@example.com');
    const jwt = created.body.client?.sessions?.[0]?.last_active_token?.jwt;
    assert.ok(jwt);
    assert.deepEqual(decodeJwtPart(jwt, 1).fva, [0, -1]);
  });

  it('expire after sessionTokenTtlSeconds, which @clerk/backend enforces', async () => {
    const clock = new ManualClock();
    const shortLived = await startTestEmulator({ now: clock.now, sessionTokenTtlSeconds: 60 });
    try {
      const browser = new FapiTestClient(shortLived.proxyUrl);
      clock.advanceSeconds(-120);
      const jwt = (await browser.createSignIn('no-mfa@example.com')).body.client?.sessions?.[0]
        ?.last_active_token?.jwt;
      assert.ok(jwt);
      await assert.rejects(
        verifyToken(jwt, { jwtKey: shortLived.emulator.publicKeyPem }),
        /expired/i,
      );
    } finally {
      await shortLived.close();
    }
  });

  it('can be signed with a given private key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const given = await startTestEmulator({
      signingKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    try {
      const jwt = (await new FapiTestClient(given.proxyUrl).createSignIn('no-mfa@example.com')).body
        .client?.sessions?.[0]?.last_active_token?.jwt;
      assert.ok(jwt);
      const claims = await verifyToken(jwt, {
        jwtKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      });
      assert.ok(claims.sub.startsWith('user_'));
    } finally {
      await given.close();
    }
  });
});
