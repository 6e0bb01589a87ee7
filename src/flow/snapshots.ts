/**
 * The public snapshots of a flow's state: the current one, and its listeners. A new
 * snapshot is published only when one of its fields changed, so that an unchanged
 * state never renders again.
 */
import { Listeners } from './listeners.js';

export class Snapshots<Snapshot extends object> {
  #current: Snapshot;
  readonly #listeners = new Listeners<Snapshot>();

  constructor(initial: Snapshot) {
    this.#current = initial;
  }

  get current(): Snapshot {
    return this.#current;
  }

  /** Calls `listener` with every new snapshot; returns a function that stops it. */
  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    return this.#listeners.add(listener);
  }

  /** Publishes `next` unless it equals the current one field by field; returns the one it replaced. */
  publish(next: Snapshot): Snapshot | null {
    const previous = this.#current;
    const keys = Object.keys(next) as Array<keyof Snapshot>;
    if (keys.every((key) => next[key] === previous[key])) return null;
    this.#current = next;
    this.#listeners.notify(next);
    return previous;
  }

  /** Drops every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
