/**
 * `npm run bench:emulator`: load on the Frontend API emulator over HTTP, loopback only,
 * bounded in count and time. Prints:
 *
 * 1. N concurrent complete TOTP sign-ins, as clerk-js makes them (create with password,
 *    attempt_second_factor, touch), each from a new browser: throughput, errors, and the
 *    p50/p95 latency of each request;
 * 2. the emulator's memory (RSS and heap after a collection) before and after 100,000
 *    abandoned sign-ins (identifier only, each from a new browser), with what it holds;
 * 3. the latency of `GET /v1/client` (the cookie lookup) before and after them.
 *
 *   node --import tsx bench/load.ts [--flows 400] [--concurrency 16] [--abandoned 100000]
 *                                   [--seconds 120]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { totpCodeAt } from '../src/index.js';
import defaultSeed from '../src/default-seed.json' with { type: 'json' };
import type { BenchReport, BenchRequest } from './emulator-process.js';

const { values } = parseArgs({
  options: {
    flows: { type: 'string', default: '400' },
    concurrency: { type: 'string', default: '16' },
    abandoned: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '120' },
  },
});
const flows = boundedInteger('flows', values.flows, 1, 10_000);
const concurrency = boundedInteger('concurrency', values.concurrency, 1, 256);
const abandoned = boundedInteger('abandoned', values.abandoned, 0, 1_000_000);
const deadline = Date.now() + boundedInteger('seconds', values.seconds, 1, 600) * 1000;

const totpUser = defaultSeed.users.find((user) => user.email === 'totp@example.com');
if (!totpUser?.totpSecret) throw new Error('The default seed has no totp@example.com');
const { email, password, totpSecret } = { ...totpUser, totpSecret: totpUser.totpSecret };

/** Milliseconds each request of a kind took. */
const latencies = new Map<string, number[]>();
let errors = 0;

/** One browser: keeps its `__client` cookie. */
class Browser {
  #cookie: string | undefined;
  constructor(readonly proxyUrl: string) {}

  async call(kind: string, method: string, path: string, form?: Record<string, string>) {
    const startedAt = performance.now();
    const response = await fetch(`${this.proxyUrl}${path}`, {
      method,
      headers: {
        ...(this.#cookie ? { cookie: `__client=${this.#cookie}` } : {}),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    const body = (await response.json()) as {
      response?: { id?: string; created_session_id?: string };
    };
    record(kind, performance.now() - startedAt);
    const cookie = /__client=([^;]*)/.exec(response.headers.getSetCookie().join('\n'))?.[1];
    if (cookie) this.#cookie = cookie;
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}`);
    return body.response ?? {};
  }
}

function record(kind: string, milliseconds: number): void {
  const list = latencies.get(kind) ?? [];
  list.push(milliseconds);
  latencies.set(kind, list);
}

async function signInWithTotp(proxyUrl: string): Promise<void> {
  const browser = new Browser(proxyUrl);
  const signIn = await browser.call('create', 'POST', '/v1/client/sign_ins', {
    identifier: email,
    password,
    strategy: 'password',
  });
  const done = await browser.call(
    'attempt_second_factor',
    'POST',
    `/v1/client/sign_ins/${signIn.id}/attempt_second_factor`,
    { strategy: 'totp', code: totpCodeAt(totpSecret, Date.now()) },
  );
  await browser.call('touch', 'POST', `/v1/client/sessions/${done.created_session_id}/touch`, {
    intent: 'select_session',
  });
}

/** Runs `task` `count` times, `parallel` at once, until done or the deadline; returns how many ran. */
async function runPool(
  count: number,
  parallel: number,
  task: () => Promise<void>,
): Promise<number> {
  let started = 0;
  const worker = async () => {
    while (started < count && Date.now() < deadline) {
      started += 1;
      await task().catch(() => {
        errors += 1;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  return started;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
}

function describeLatency(kind: string): string {
  const sorted = [...(latencies.get(kind) ?? [])].sort((a, b) => a - b);
  return `${kind.padEnd(24)} n=${String(sorted.length).padStart(6)}  p50 ${percentile(sorted, 0.5).toFixed(1).padStart(6)} ms  p95 ${percentile(sorted, 0.95).toFixed(1).padStart(6)} ms`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function boundedInteger(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`--${name} must be an integer from ${min} to ${max} (got "${text}")`);
  return value;
}

/** Starts the emulator process and waits until it listens. */
async function startEmulatorProcess(): Promise<{ child: ChildProcess; proxyUrl: string }> {
  const child = fork(fileURLToPath(new URL('./emulator-process.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const proxyUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: BenchReport) => {
      if (message.kind === 'listening') resolve(message.proxyUrl);
    });
    child.once('exit', (code) => reject(new Error(`The emulator process exited with ${code}`)));
  });
  return { child, proxyUrl };
}

function memoryOf(child: ChildProcess): Promise<{ rssBytes: number; heapUsedBytes: number }> {
  return new Promise((resolve) => {
    child.once('message', (message: BenchReport) => {
      if (message.kind === 'memory') resolve(message);
    });
    child.send({ kind: 'memory' } satisfies BenchRequest);
  });
}

async function measureClientLookup(proxyUrl: string, label: string): Promise<void> {
  const browser = new Browser(proxyUrl);
  await browser.call('setup', 'POST', '/v1/client');
  for (let call = 0; call < 300; call += 1) await browser.call(label, 'GET', '/v1/client');
}

const { child, proxyUrl } = await startEmulatorProcess();
try {
  console.log(`clerk-fapi-emulator under load at ${proxyUrl} (loopback), node ${process.version}`);
  console.log(
    `\n1. ${flows} TOTP sign-ins (create, attempt_second_factor, touch), ${concurrency} at once`,
  );
  await runPool(Math.min(20, flows), concurrency, () => signInWithTotp(proxyUrl));
  latencies.clear();
  errors = 0;
  const flowsStartedAt = performance.now();
  const completed = await runPool(flows, concurrency, () => signInWithTotp(proxyUrl));
  const flowSeconds = (performance.now() - flowsStartedAt) / 1000;
  console.log(
    `   ${completed} sign-ins in ${flowSeconds.toFixed(1)} s: ${(completed / flowSeconds).toFixed(1)} sign-ins/s, ${((completed * 3) / flowSeconds).toFixed(0)} requests/s, ${errors} errors`,
  );
  for (const kind of ['create', 'attempt_second_factor', 'touch'])
    console.log(`   ${describeLatency(kind)}`);

  console.log(
    `\n2. memory of the emulator process, before and after ${abandoned} abandoned sign-ins`,
  );
  await measureClientLookup(proxyUrl, 'GET /v1/client, before');
  const before = await memoryOf(child);
  errors = 0;
  const abandonStartedAt = performance.now();
  const abandonedDone = await runPool(abandoned, 32, async () => {
    await new Browser(proxyUrl).call('abandoned create', 'POST', '/v1/client/sign_ins', {
      identifier: email,
    });
  });
  const abandonSeconds = (performance.now() - abandonStartedAt) / 1000;
  const afterAbandoned = await memoryOf(child);
  const stats = (await (await fetch(`${proxyUrl}/__emulator/stats`)).json()) as Record<
    string,
    unknown
  >;
  console.log(
    `   ${abandonedDone} abandoned sign-ins in ${abandonSeconds.toFixed(1)} s (${(abandonedDone / abandonSeconds).toFixed(0)}/s), ${errors} errors`,
  );
  console.log(`   ${describeLatency('abandoned create')}`);
  console.log(`   RSS  ${megabytes(before.rssBytes)} → ${megabytes(afterAbandoned.rssBytes)}`);
  console.log(
    `   heap ${megabytes(before.heapUsedBytes)} → ${megabytes(afterAbandoned.heapUsedBytes)} (after a collection)`,
  );
  const { limits, ...held } = stats;
  console.log(`   held afterwards: ${JSON.stringify(held)}`);
  console.log(`   limits: ${JSON.stringify(limits)}`);

  console.log('\n3. client lookup by cookie (GET /v1/client), before and after');
  await measureClientLookup(proxyUrl, 'GET /v1/client, after');
  console.log(`   ${describeLatency('GET /v1/client, before')}`);
  console.log(`   ${describeLatency('GET /v1/client, after')}`);
  if (Date.now() >= deadline) console.log('\n(stopped at the --seconds limit)');
} finally {
  child.send({ kind: 'stop' } satisfies BenchRequest);
}
