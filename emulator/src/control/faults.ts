import { InvalidControlInput } from './control-errors.js';

/**
 * How a planned failure treats the request: answer it with an error status (`false`),
 * destroy the connection before processing it (`true`), or process it and then destroy
 * the connection instead of answering (`'after'`: the change is made, the reply is lost).
 */
export type DropMode = boolean | 'after';

/** A planned failure of upcoming requests. */
export interface FailureFault {
  /** How many more matching requests fail. */
  remaining: number;
  /** HTTP status to answer with (default 500); ignored when the connection is dropped. */
  readonly status: number;
  readonly drop: DropMode;
  /** Only requests whose path (below the mount path) contains this text. */
  readonly path?: string;
  /** Sent as `Retry-After` (seconds); always set for 429. */
  readonly retryAfterSeconds?: number;
}

/** What {@link FaultInjector.failNext} accepts. */
export interface FailNextOptions {
  /** Number of requests to fail, 1 to 10,000. Default 1. */
  count?: number;
  /** HTTP status, 400 to 599. Default 500. */
  status?: number;
  /** `true`: drop the connection unanswered; `'after'`: process the request, then drop it. Default false. */
  drop?: DropMode;
  /** Only requests whose path below the mount path contains this, e.g. `/attempt_second_factor`. */
  path?: string;
  /** `Retry-After` header in seconds, 0 to 86,400. */
  retryAfterSeconds?: number;
}

/** A snapshot of the injected faults, as `GET <mount>/__emulator/faults` returns it. */
export interface FaultsSnapshot {
  readonly latencyMs: number;
  readonly latencyPath: string | null;
  readonly failures: readonly FailureFault[];
}

/** Bounds of fault settings: a fault must never hang a request or fill the memory. */
export const FAULT_LIMITS = {
  maxLatencyMs: 60_000,
  maxCount: 10_000,
  maxRetryAfterSeconds: 86_400,
  maxPathLength: 1_000,
  maxPlannedFailures: 100,
} as const;

/**
 * Fault injection for FAPI requests (control endpoints are never affected): added
 * latency, and failing the next N requests with a status, a 429 with `Retry-After`, a
 * dropped connection, or a reply lost after the request was processed. Every setting is
 * checked; an out-of-range one throws {@link InvalidControlInput} and changes nothing.
 */
export class FaultInjector {
  #latencyMs = 0;
  #latencyPath: string | null = null;
  #failures: FailureFault[] = [];

  /** Delays every matching request by `ms`, 0 to 60,000 (0 removes the delay). */
  setLatency(ms: number, options: { path?: string } = {}): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > FAULT_LIMITS.maxLatencyMs)
      throw new InvalidControlInput(
        `ms must be a number of milliseconds from 0 to ${FAULT_LIMITS.maxLatencyMs}`,
      );
    if (options.path !== undefined) checkPath(options.path);
    this.#latencyMs = ms;
    this.#latencyPath = options.path ?? null;
  }

  /** Fails the next `count` matching requests. Plans queue up in order. */
  failNext(options: FailNextOptions = {}): void {
    const count = options.count ?? 1;
    const status = options.status ?? 500;
    const drop = options.drop ?? false;
    if (!Number.isInteger(count) || count < 1 || count > FAULT_LIMITS.maxCount)
      throw new InvalidControlInput(`count must be an integer from 1 to ${FAULT_LIMITS.maxCount}`);
    if (!Number.isInteger(status) || status < 400 || status > 599)
      throw new InvalidControlInput('status must be an HTTP error status, 400 to 599');
    if (drop !== true && drop !== false && drop !== 'after')
      throw new InvalidControlInput('drop must be true, false or "after"');
    if (options.path !== undefined) checkPath(options.path);
    const retryAfter = options.retryAfterSeconds;
    if (
      retryAfter !== undefined &&
      (!Number.isInteger(retryAfter) ||
        retryAfter < 0 ||
        retryAfter > FAULT_LIMITS.maxRetryAfterSeconds)
    )
      throw new InvalidControlInput(
        `retryAfterSeconds must be an integer from 0 to ${FAULT_LIMITS.maxRetryAfterSeconds}`,
      );
    if (this.#failures.length >= FAULT_LIMITS.maxPlannedFailures)
      throw new InvalidControlInput(
        `At most ${FAULT_LIMITS.maxPlannedFailures} failure plans can wait; clear the faults first`,
      );
    this.#failures.push({
      remaining: count,
      status,
      drop,
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(retryAfter !== undefined || status === 429 ? { retryAfterSeconds: retryAfter ?? 1 } : {}),
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

function checkPath(path: string): void {
  if (typeof path !== 'string' || path.length === 0 || path.length > FAULT_LIMITS.maxPathLength)
    throw new InvalidControlInput(
      `path must be a non-empty string of at most ${FAULT_LIMITS.maxPathLength} characters`,
    );
}
