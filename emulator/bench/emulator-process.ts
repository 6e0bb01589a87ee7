/**
 * The emulator under load, in a process of its own so that its memory is measured apart
 * from the load generator's (`bench/load.ts` forks this with `--expose-gc`). Listens on
 * 127.0.0.1 and a free port, tells its parent where, and answers `memory` requests.
 */
import { startEmulatorServer } from '../src/index.js';

/** What the parent asks over IPC. */
export type BenchRequest = { readonly kind: 'memory' } | { readonly kind: 'stop' };

/** What this process tells its parent over IPC. */
export type BenchReport =
  | { readonly kind: 'listening'; readonly proxyUrl: string }
  | { readonly kind: 'memory'; readonly rssBytes: number; readonly heapUsedBytes: number };

const running = await startEmulatorServer({ host: '127.0.0.1', port: 0, rateLimit: false });
const report = (message: BenchReport) => process.send?.(message);
process.on('message', (request: BenchRequest) => {
  if (request.kind === 'stop') {
    void running.close().then(() => process.exit(0));
    return;
  }
  // Two collections: the first may only schedule finalizers.
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  report({ kind: 'memory', rssBytes: rss, heapUsedBytes: heapUsed });
});
report({ kind: 'listening', proxyUrl: running.proxyUrl });
