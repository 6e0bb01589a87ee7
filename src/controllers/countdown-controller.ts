import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its host once a second while a deadline (epoch milliseconds) lies in
 * the future, and tells how many whole seconds remain. Used for the resend countdown
 * and for rate-limit and lockout countdowns. Time is read from the flow's clock, so
 * the countdown and the flow agree on when a deadline has passed.
 */
export class CountdownController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The deadlines to count down to; the latest one still ahead keeps the timer running. */
    private readonly deadlines: () => ReadonlyArray<number | null | undefined>,
    /** The current time, epoch milliseconds. */
    private readonly now: () => number,
  ) {
    host.addController(this);
  }

  /** Whole seconds left until `deadline`, 0 once it has passed or when there is none. */
  secondsUntil(deadline: number | null | undefined): number {
    if (!deadline) return 0;
    return Math.max(0, Math.ceil((deadline - this.now()) / 1000));
  }

  hostUpdated(): void {
    const running = this.deadlines().some((deadline) => this.secondsUntil(deadline) > 0);
    if (running && this.timer === undefined) {
      this.timer = setInterval(() => this.host.requestUpdate(), 1000);
    } else if (!running && this.timer !== undefined) {
      this.stop();
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
