/**
 * A sliding-window rate limiter: at most `maxRequests` per key within
 * `windowSeconds`.
 */
export class RateLimiter {
  readonly #maxRequests: number;
  readonly #windowMs: number;
  readonly #requestTimes = new Map<string, number[]>();

  constructor(limit: { maxRequests: number; windowSeconds: number }) {
    this.#maxRequests = limit.maxRequests;
    this.#windowMs = limit.windowSeconds * 1000;
  }

  /**
   * Records a request for `key` at `nowMs`. Returns null when it is allowed,
   * or the seconds to wait (for `Retry-After`) when it is over the limit;
   * refused requests are not counted.
   */
  take(key: string, nowMs: number): number | null {
    const recent = (this.#requestTimes.get(key) ?? []).filter(
      (time) => time > nowMs - this.#windowMs,
    );
    if (recent.length >= this.#maxRequests) {
      this.#requestTimes.set(key, recent);
      return Math.max(1, Math.ceil((recent[0] + this.#windowMs - nowMs) / 1000));
    }
    recent.push(nowMs);
    this.#requestTimes.set(key, recent);
    return null;
  }

  reset(): void {
    this.#requestTimes.clear();
  }
}
