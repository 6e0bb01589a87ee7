import { InvalidControlInput } from './control-errors.js';

/** A planned failure of upcoming requests. */
export interface FailureFault {
  /** How many more matching requests fail. */
  remaining: number;
  /** HTTP status to answer with (default 500); ignored when `drop` is true. */
  readonly status: number;
  /** Destroy the socket instead of answering, like a lost connection. */
  readonly drop: boolean;
  /** Only requests whose path (below the mount path) contains this text. */
  readonly path?: string;
  /** Sent as `Retry-After` (seconds); always set for 429. */
  readonly retryAfterSeconds?: number;
}

/** What {@link FaultInjector.failNext} accepts. */
export interface FailNextOptions {
  /** Number of requests to fail. Default 1. */
  count?: number;
  /** HTTP status. Default 500. */
  status?: number;
  /** Drop the connection (`socket.destroy()`) instead of answering. Default false. */
  drop?: boolean;
  /** Only requests whose path below the mount path contains this, e.g. `/attempt_second_factor`. */
  path?: string;
  /** `Retry-After` header in seconds. */
  retryAfterSeconds?: number;
}

/** A snapshot of the injected faults, as `GET <mount>/__emulator/faults` returns it. */
export interface FaultsSnapshot {
  readonly latencyMs: number;
  readonly latencyPath: string | null;
  readonly failures: readonly FailureFault[];
}

/**
 * Fault injection for FAPI requests (control endpoints are never affected):
 * added latency, and failing the next N requests with a status, a 429 with
 * `Retry-After`, or a dropped connection.
 */
export class FaultInjector {
  #latencyMs = 0;
  #latencyPath: string | null = null;
  #failures: FailureFault[] = [];

  /** Delays every matching request by `ms` (0 removes the delay). */
  setLatency(ms: number, options: { path?: string } = {}): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new InvalidControlInput('latency must be a number of milliseconds ≥ 0');
    this.#latencyMs = ms;
    this.#latencyPath = options.path ?? null;
  }

  /** Fails the next `count` matching requests. Plans queue up in order. */
  failNext(options: FailNextOptions = {}): void {
    const count = options.count ?? 1;
    const status = options.status ?? 500;
    if (!Number.isInteger(count) || count < 1)
      throw new InvalidControlInput('count must be a positive integer');
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new InvalidControlInput('status must be an HTTP status');
    this.#failures.push({
      remaining: count,
      status,
      drop: options.drop ?? false,
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.retryAfterSeconds !== undefined || status === 429
        ? { retryAfterSeconds: options.retryAfterSeconds ?? 1 }
        : {}),
    });
  }

  /** Answers the next `count` matching requests with 429 `too_many_requests` and `Retry-After`. */
  rateLimitNext(options: { retryAfterSeconds: number; count?: number; path?: string }): void {
    this.failNext({ ...options, status: 429 });
  }

  /** Removes latency and every planned failure. */
  clear(): void {
    this.#latencyMs = 0;
    this.#latencyPath = null;
    this.#failures = [];
  }

  snapshot(): FaultsSnapshot {
    return {
      latencyMs: this.#latencyMs,
      latencyPath: this.#latencyPath,
      failures: this.#failures.map((failure) => ({ ...failure })),
    };
  }

  /** Milliseconds to wait before answering a request to `path`. */
  latencyFor(path: string): number {
    if (this.#latencyPath !== null && !path.includes(this.#latencyPath)) return 0;
    return this.#latencyMs;
  }

  /** The failure planned for a request to `path`, counting it as used; undefined if none. */
  takeFailure(path: string): FailureFault | undefined {
    const failure = this.#failures.find(
      (candidate) => candidate.path === undefined || path.includes(candidate.path),
    );
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0)
      this.#failures = this.#failures.filter((candidate) => candidate !== failure);
    return failure;
  }
}
