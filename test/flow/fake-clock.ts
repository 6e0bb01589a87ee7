/**
 * A fake clock for the flow's injectable `now`, `setTimer` and `clearTimer`: time
 * stands still until the test calls `advance`, which runs the timers that fall due.
 */
export class FakeClock {
  /** The current time, epoch milliseconds. */
  time = Date.UTC(2026, 0, 1);
  private nextTimerId = 1;
  private readonly timers = new Map<
    number,
    { readonly at: number; readonly callback: () => void }
  >();

  readonly now = (): number => this.time;

  readonly setTimer = (callback: () => void, milliseconds: number): unknown => {
    const id = this.nextTimerId++;
    this.timers.set(id, { at: this.time + milliseconds, callback });
    return id;
  };

  readonly clearTimer = (timer: unknown): void => {
    this.timers.delete(timer as number);
  };

  /** Timers scheduled and not yet run or cleared. */
  get pendingTimerCount(): number {
    return this.timers.size;
  }

  /** Moves time forward, running each timer that falls due, earliest first. */
  advance(milliseconds: number): void {
    const end = this.time + milliseconds;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= end)
        .sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.time = timer.at;
      timer.callback();
    }
    this.time = end;
  }
}
