/**
 * Runs the flow's Clerk calls so that only the answer to the latest one counts, as
 * `@lit/task` does: starting a call, or `supersede()`, aborts the signal of the call
 * before it, and that call's answer is then dropped.
 */

/** What `run` resolves when a newer call, or `supersede()`, made the answer pointless. */
export const superseded: unique symbol = Symbol('superseded');

export class CallRunner {
  #controller: AbortController | null = null;

  /**
   * Runs `call`, which may check `signal.aborted` before each request it makes.
   * Resolves its value, or `superseded` when another call started or `supersede()`
   * was called before it finished.
   */
  async run<Value>(
    call: (signal: AbortSignal) => Promise<Value>,
  ): Promise<Value | typeof superseded> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const value = await call(controller.signal);
    if (controller.signal.aborted) return superseded;
    this.#controller = null;
    return value;
  }

  /** Drops the answer of the call in flight, if any. */
  supersede(): void {
    this.#controller?.abort();
    this.#controller = null;
  }
}
