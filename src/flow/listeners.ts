/**
 * The listeners of a flow's states or notices. A listener that throws must not break
 * the flow or the other listeners: its error is reported the way an uncaught error is.
 */
export class Listeners<Value> {
  readonly #listeners = new Set<(value: Value) => void>();

  /** Adds `listener`; returns a function that removes it. */
  add(listener: (value: Value) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls every listener with `value`, the ones added meanwhile not yet. */
  notify(value: Value): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(value);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
