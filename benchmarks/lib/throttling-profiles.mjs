/**
 * The network and CPU conditions the benchmark loads pages under, applied through the
 * DevTools protocol the way Lighthouse's `devtools` throttling method applies them
 * (lighthouse `core/lib/emulation.js`): `Network.emulateNetworkConditions` with a
 * per-request latency and throughputs in bytes per second (Kbps × 1024 / 8, floored), and
 * `Emulation.setCPUThrottlingRate` with the profile's CPU slowdown.
 *
 * Figures from Lighthouse's `core/config/constants.js` (`throttling`):
 *
 * - "Slow 4G" is `mobileSlow4G`, Lighthouse's default: RTT 150 ms, 1.6 × 1024 Kbps
 *   (1638.4 Kbps) down, 750 Kbps up, CPU 4×. Its DevTools equivalents, which Lighthouse
 *   defines beside it with its adjustment factors (RTT × 3.75, throughput × 0.9), are
 *   `requestLatencyMs` 562.5, `downloadThroughputKbps` 1474.56, `uploadThroughputKbps` 675.
 * - "Fast 4G" is `desktopDense4G` ("Dense 4G 25th percentile"): RTT 40 ms, 10 × 1024 Kbps,
 *   CPU 1×. Lighthouse leaves its DevTools equivalents unset (it simulates that profile), so
 *   they are derived here with the same two factors: latency 40 × 3.75 = 150 ms, throughput
 *   10240 × 0.9 = 9216 Kbps, the same both ways (the profile gives one throughput).
 * - "none" is plain loopback: no emulated latency or throughput limit, CPU 1×.
 */

/** Lighthouse's DevTools adjustment factors (`DEVTOOLS_RTT_ADJUSTMENT_FACTOR`, `…THROUGHPUT…`). */
const DEVTOOLS_RTT_ADJUSTMENT_FACTOR = 3.75;
const DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR = 0.9;

/** Kbps (Lighthouse's unit, 1024 bits) to bytes per second (the protocol's unit), as Lighthouse converts. */
const kbpsToBytesPerSecond = (kbps) => Math.floor((kbps * 1024) / 8);

/**
 * @typedef {object} ThrottlingProfile
 * @property {string} name how the table names it
 * @property {string} source where its figures come from
 * @property {number} rttMs the profile's round-trip time
 * @property {number} throughputKbps the profile's download throughput
 * @property {{ offline: false, latency: number, downloadThroughput: number, uploadThroughput: number }} network
 *   the `Network.emulateNetworkConditions` parameters (latency in ms, throughput in bytes/s; 0 = no limit)
 * @property {number} cpuSlowdown the `Emulation.setCPUThrottlingRate` rate
 */

/** @type {ThrottlingProfile[]} */
export const throttlingProfiles = [
  {
    name: 'none',
    source: 'loopback, no throttling',
    rttMs: 0,
    throughputKbps: 0,
    network: { offline: false, latency: 0, downloadThroughput: 0, uploadThroughput: 0 },
    cpuSlowdown: 1,
  },
  {
    name: 'Fast 4G',
    source: 'Lighthouse throttling.desktopDense4G',
    rttMs: 40,
    throughputKbps: 10 * 1024,
    network: {
      offline: false,
      latency: 40 * DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
      downloadThroughput: kbpsToBytesPerSecond(10 * 1024 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR),
      uploadThroughput: kbpsToBytesPerSecond(10 * 1024 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR),
    },
    cpuSlowdown: 1,
  },
  {
    name: 'Slow 4G',
    source: 'Lighthouse throttling.mobileSlow4G',
    rttMs: 150,
    throughputKbps: 1.6 * 1024,
    network: {
      offline: false,
      latency: 150 * DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
      downloadThroughput: kbpsToBytesPerSecond(1.6 * 1024 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR),
      uploadThroughput: kbpsToBytesPerSecond(750 * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR),
    },
    cpuSlowdown: 4,
  },
];

/**
 * Applies a profile to a page before it navigates.
 * @param {import('puppeteer-core').CDPSession} session the page's DevTools session
 * @param {ThrottlingProfile} profile
 */
export async function applyThrottling(session, profile) {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', profile.network);
  await session.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** One line per profile, with the exact protocol parameters, for the report. */
export function describeProfile(profile) {
  const { latency, downloadThroughput, uploadThroughput } = profile.network;
  if (latency === 0 && downloadThroughput === 0) return `${profile.name}: ${profile.source}`;
  return (
    `${profile.name}: ${profile.source} (RTT ${profile.rttMs} ms, ${profile.throughputKbps} Kbps) → ` +
    `latency ${latency} ms, down ${downloadThroughput} B/s, up ${uploadThroughput} B/s, CPU ${profile.cpuSlowdown}×`
  );
}
