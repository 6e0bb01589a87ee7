import { isIP } from 'node:net';

/**
 * Whether `host` is a loopback address: 127.0.0.0/8 (also written as an IPv4-mapped
 * IPv6 address, `::ffff:127.0.0.1`), ::1 or `localhost`. The emulator holds demo
 * passwords and hands out codes, so it never listens on, nor answers through, an
 * address another machine can reach.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.split('.')[0] === '127';
  if (isIP(bare) === 6) return bare === '::1' || bare === '0:0:0:0:0:0:0:1';
  return false;
}
