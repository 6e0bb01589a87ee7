/**
 * The one timer that ends a lock (a rate limit or a lockout) when its time comes. It
 * stops when the flow is detached and runs again when it is attached.
 */
import type { FlowClock } from './clock.js';

export class LockTimer {
  #timer: unknown = null;

  constructor(
    private readonly clock: FlowClock,
    /** Called with the end of the lock when it has come. */
    private readonly ended: (until: number) => void,
  ) {}

  /** Ends the lock at `until`, instead of any lock before; with null, no lock ends. */
  arm(until: number | null): void {
    this.cancel();
    if (until === null) return;
    this.#timer = this.clock.setTimer(
      () => {
        this.#timer = null;
        this.ended(until);
      },
      Math.max(0, until - this.clock.now()),
    );
  }

  /** After a `cancel`: runs again for the lock until `until`, or ends it if it has passed. */
  resume(until: number | null): void {
    if (until === null || this.#timer !== null) return;
    if (this.clock.now() < until) this.arm(until);
    else this.ended(until);
  }

  cancel(): void {
    if (this.#timer === null) return;
    this.clock.clearTimer(this.#timer);
    this.#timer = null;
  }
}
