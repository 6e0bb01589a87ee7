/**
 * The emulator half of the bad-input corpus (`test/bad-input/corpus.json`, key
 * `emulator`): each case is sent over a real socket to a listening emulator whose every
 * FAPI answer is checked against Clerk's spec, and must get its expected answer. After
 * each, the emulator must still answer and no fault may have been applied; after all, no
 * promise may have been left rejected.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { RunningEmulatorServer } from '../src/index.js';
import { DEMO_PASSWORD, startTestEmulator } from './http-test-client.js';
import { rawRequest, type RawResponse } from './raw-http.js';

/** Text written out, or repeated: `{ repeat: 'a', times: 10000, prefix?, suffix? }`. */
type CorpusText = string | { repeat: string; times: number; prefix?: string; suffix?: string };

interface CorpusCase {
  readonly name: string;
  /**
   * A sign-in the case works on: its id replaces `{signInId}` and its cookie goes along;
   * `signed-in` is one that completed (a user without a second factor), for `/v1/me…`.
   */
  readonly setup?: 'totp-sign-in' | 'backup-code-sign-in' | 'signed-in';
  readonly request: {
    readonly method?: string;
    readonly path: CorpusText;
    /** `Host` header; absent: the server's address; null: none at all. */
    readonly host?: string | null;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: CorpusText;
    /** Sent form-urlencoded. */
    readonly form?: Readonly<Record<string, CorpusText>>;
  };
  readonly expect: {
    readonly status: number;
    /** `errors[0].code` of Clerk's error body. */
    readonly clerkCode?: string;
    /** Text in the `error` of a control answer. */
    readonly controlError?: string;
    readonly bodyIncludes?: readonly string[];
    readonly bodyExcludes?: readonly string[];
    readonly headers?: Readonly<Record<string, string>>;
    readonly headersAbsent?: readonly string[];
  };
}

const corpus = JSON.parse(
  readFileSync(new URL('../../test/bad-input/corpus.json', import.meta.url), 'utf8'),
) as { emulator: CorpusCase[] };

const setupUsers = {
  'totp-sign-in': 'totp@example.com',
  'backup-code-sign-in': 'totp-sms@example.com',
  'signed-in': 'nomfa@example.com',
};

function text(value: CorpusText): string {
  if (typeof value === 'string') return value;
  return `${value.prefix ?? ''}${value.repeat.repeat(value.times)}${value.suffix ?? ''}`;
}

/** Creates the sign-in a case works on; returns its id and the browser's cookie. */
async function createSignIn(
  running: RunningEmulatorServer,
  email: string,
): Promise<{ signInId: string; cookie: string }> {
  const created = await rawRequest(running, {
    method: 'POST',
    path: '/__clerk/v1/client/sign_ins',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ identifier: email, password: DEMO_PASSWORD }).toString(),
  });
  const signInId = (JSON.parse(created.body) as { response: { id: string } }).response.id;
  const cookie = /__client=[^;]*/.exec(created.headers['set-cookie'] ?? '')?.[0] ?? '';
  return { signInId, cookie };
}

function checkAnswer(answer: RawResponse, expected: CorpusCase['expect']): void {
  assert.equal(answer.status, expected.status, `status; body: ${answer.body.slice(0, 300)}`);
  if (expected.clerkCode !== undefined) {
    const body = JSON.parse(answer.body) as { errors?: { code: string }[] };
    assert.equal(body.errors?.[0]?.code, expected.clerkCode);
  }
  if (expected.controlError !== undefined) {
    const body = JSON.parse(answer.body) as { error?: string };
    assert.ok(body.error?.includes(expected.controlError), `control error: ${body.error}`);
  }
  for (const included of expected.bodyIncludes ?? [])
    assert.ok(answer.body.includes(included), included);
  for (const excluded of expected.bodyExcludes ?? [])
    assert.ok(!answer.body.includes(excluded), excluded);
  for (const [name, value] of Object.entries(expected.headers ?? {}))
    assert.equal(answer.headers[name], value, name);
  for (const name of expected.headersAbsent ?? [])
    assert.equal(answer.headers[name], undefined, name);
}

describe('bad-input corpus: the emulator', () => {
  let running: RunningEmulatorServer;
  const unhandledRejections: unknown[] = [];
  const recordRejection = (reason: unknown) => unhandledRejections.push(reason);

  before(async () => {
    process.on('unhandledRejection', recordRejection);
    running = await startTestEmulator({ rateLimit: false });
  });
  after(async () => {
    process.off('unhandledRejection', recordRejection);
    await running.close();
  });
  beforeEach(() => running.emulator.reset());

  it('holds at least 35 cases, each named once', () => {
    const names = corpus.emulator.map((entry) => entry.name);
    assert.ok(names.length >= 35, `${names.length} cases`);
    assert.equal(new Set(names).size, names.length);
  });

  for (const entry of corpus.emulator) {
    it(entry.name, async () => {
      const signIn = entry.setup ? await createSignIn(running, setupUsers[entry.setup]) : undefined;
      const { request } = entry;
      const form = request.form
        ? new URLSearchParams(
            Object.fromEntries(
              Object.entries(request.form).map(([key, value]) => [key, text(value)]),
            ),
          ).toString()
        : undefined;
      const answer = await rawRequest(running, {
        path: text(request.path).replace('{signInId}', signIn?.signInId ?? '{signInId}'),
        ...(request.method !== undefined ? { method: request.method } : {}),
        ...(request.host !== undefined ? { host: request.host } : {}),
        headers: { ...(signIn ? { cookie: signIn.cookie } : {}), ...request.headers },
        ...(form !== undefined
          ? { body: form }
          : request.body !== undefined
            ? { body: text(request.body) }
            : {}),
      });
      checkAnswer(answer, entry.expect);
      // Nothing was applied, and the emulator still answers.
      assert.deepEqual(running.emulator.faults.snapshot(), {
        latencyMs: 0,
        latencyPath: null,
        failures: [],
      });
      assert.equal((await fetch(`${running.proxyUrl}/v1/environment`)).status, 200);
    });
  }

  it('left no promise rejected', () => {
    assert.deepEqual(unhandledRejections, []);
  });
});
