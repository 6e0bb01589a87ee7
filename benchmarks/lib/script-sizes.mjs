/**
 * What each candidate page downloads: one unthrottled cold load per candidate, left
 * open until the network has been idle for a second after sign-in became possible, then
 * every script in its Resource Timing entries, with the bytes the server sent for it
 * compressed at gzip -9 and brotli -11 (the server sends brotli, so `transferred`, the
 * bytes on the wire with headers, follows the brotli figure). The HTML document, with its
 * inlined page script, is listed too.
 */
import { compressedSizes } from './bench-server.mjs';
import { candidates } from './candidate-pages.mjs';
import { coldLoad } from './cold-loads.mjs';
import { throttlingProfiles } from './throttling-profiles.mjs';

/**
 * @param {object} options
 * @param {import('puppeteer-core').Browser} options.browser
 * @param {Awaited<ReturnType<typeof import('./bench-server.mjs').startBenchServer>>} options.server
 */
export async function measureScriptSizes({ browser, server }) {
  const results = [];
  for (const candidate of candidates) {
    /** @type {{ path: string, transferred: number, loadedBySignIn: boolean }[]} */
    let loaded = [];
    await coldLoad(
      browser,
      server.origin + candidate.path,
      throttlingProfiles[0],
      async (page, marks) => {
        await page.waitForNetworkIdle({ idleTime: 1000, timeout: 30_000 });
        const entries = await page.evaluate(() =>
          performance.getEntriesByType('resource').map((entry) => ({
            url: entry.name,
            initiatorType: /** @type {PerformanceResourceTiming} */ (entry).initiatorType,
            transferred: /** @type {PerformanceResourceTiming} */ (entry).transferSize,
            responseEnd: entry.responseEnd,
          })),
        );
        loaded = entries
          .filter((entry) => new URL(entry.url).pathname.endsWith('.js'))
          .map((entry) => ({
            path: new URL(entry.url).pathname,
            transferred: entry.transferred,
            loadedBySignIn: entry.responseEnd <= marks.signInPossible,
          }));
      },
    );
    const scripts = loaded.map((script) => {
      const body = server.servedBody(script.path);
      if (!body)
        throw new Error(`${candidate.path} loaded ${script.path}, which the server never sent`);
      return { ...script, ...compressedSizes(body) };
    });
    const documentBody = /** @type {Buffer} */ (server.servedBody(candidate.path));
    const total = (key) => scripts.reduce((sum, script) => sum + script[key], 0);
    results.push({
      candidate: candidate.id,
      document: { path: candidate.path, ...compressedSizes(documentBody) },
      scripts,
      totals: {
        raw: total('raw'),
        gzip: total('gzip'),
        brotli: total('brotli'),
        count: scripts.length,
      },
    });
  }
  return results;
}
