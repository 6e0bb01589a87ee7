/**
 * How a flow obtains Clerk: through the loader it is attached to, loading again after a
 * failure, with calls made before Clerk has loaded waiting for it.
 */
import { CallRunner, superseded } from './call-runner.js';
import type { ClerkLike } from './clerk-adapter/index.js';

/** Resolves a loaded Clerk instance, or rejects when it cannot be loaded. */
export type ClerkLoader = () => Promise<ClerkLike>;

export class ClerkConnection {
  #loader: ClerkLoader | null = null;
  #clerk: ClerkLike | null = null;
  /** Callers of `loaded()` waiting for a load to finish (null: it failed). */
  #waiters: Array<(clerk: ClerkLike | null) => void> = [];
  readonly #loads = new CallRunner();

  /** Clerk, once loaded. */
  get clerk(): ClerkLike | null {
    return this.#clerk;
  }

  /** Whether `loader` is the loader in use. */
  uses(loader: ClerkLoader): boolean {
    return loader === this.#loader;
  }

  /**
   * Uses `loader` from now on, forgetting the Clerk of the one before (a load still on
   * its way for it is ignored). Returns whether there was one before.
   */
  replace(loader: ClerkLoader): boolean {
    const replaced = this.#loader !== null;
    this.#loader = loader;
    this.#clerk = null;
    return replaced;
  }

  /**
   * Loads Clerk with the loader in use. `settled` hears the outcome before the callers
   * waiting for it do; a load overtaken by a newer one settles nothing.
   */
  async load(settled: (clerk: ClerkLike | null) => void): Promise<ClerkLike | null> {
    const loader = this.#loader;
    if (!loader) return null;
    // The reason of a failure is not kept: the flow says what the user can do.
    const clerk = await this.#loads.run(() => loader().catch(() => null));
    if (clerk === superseded) return null;
    this.#clerk = clerk;
    settled(clerk);
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const resolve of waiters) resolve(clerk);
    return clerk;
  }

  /**
   * Clerk once loaded, waiting for the load in progress (or for the first loader);
   * `loadAgain` is called instead when the last load failed.
   */
  loaded(failed: boolean, loadAgain: () => Promise<ClerkLike | null>): Promise<ClerkLike | null> {
    if (this.#clerk) return Promise.resolve(this.#clerk);
    if (failed) return loadAgain();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
