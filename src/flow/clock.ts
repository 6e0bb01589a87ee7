/** The time and timers a flow runs on: the real ones, or a test's fake clock. */
export interface FlowClock {
  /** The current time in epoch milliseconds. */
  readonly now: () => number;
  /** Schedules `callback` after `milliseconds`. */
  readonly setTimer: (callback: () => void, milliseconds: number) => unknown;
  /** Cancels a timer made by `setTimer`. */
  readonly clearTimer: (timer: unknown) => void;
}

/** `Date.now`, `setTimeout` and `clearTimeout`, each unless given. */
export function clockOf(given: Partial<FlowClock>): FlowClock {
  return {
    now: given.now ?? Date.now,
    setTimer: given.setTimer ?? ((callback, milliseconds) => setTimeout(callback, milliseconds)),
    clearTimer:
      given.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)),
  };
}
