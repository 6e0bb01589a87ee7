/**
 * What every flow of the package is built on (the sign-in; setting up a second factor):
 * a state keyed by step that only a pure transition function of events changes; public
 * snapshots of it; notices of what happened; and the Clerk calls the transitions ask
 * for, run through one CallRunner, a failure turned into an event by the flow's error
 * policy and an answer fed back in as an event (which may ask for the next call).
 *
 * A flow gives the pure parts (`transitionOf`, `snapshotOf`, the notices) and the calls
 * (`callFor`); this class does the rest the same way for each.
 */
import { CallRunner, superseded } from './call-runner.js';
import type { ClerkResult } from './clerk-adapter/index.js';
import type { ClerkFailure } from './clerk-errors.js';
import type { FlowClock } from './clock.js';
import { ErrorTranslator, type DescribedError } from './described-error.js';
import { Listeners } from './listeners.js';
import { Snapshots } from './snapshots.js';
import type { MessageKey, Translate } from '../messages.js';
import type { FlowError } from './types.js';

/** What a transition makes: the next state, maybe a Clerk call to make, maybe a superseding. */
export interface MachineTransition<State, Command> {
  readonly state: State;
  readonly command?: Command;
  /** The user left what the calls in flight were for: their answers are to be ignored. */
  readonly supersedes?: true;
}

/** What the answer to a Clerk call makes happen: an event and, after it, a notice. */
export interface Answered<Event, Notice> {
  readonly event: Event;
  readonly notice?: Notice;
}

/** A Clerk call ready to run: what it does (for the error policy) and the call itself. */
export interface MachineCall<Action, Event, Notice> {
  readonly action: Action;
  /** Makes the call, checking `signal.aborted` before each request; null when there was nothing to do. */
  readonly call: (signal: AbortSignal) => Promise<ClerkResult<Answered<Event, Notice>> | null>;
}

/** `Key`: the message keys of the flow's errors (the sign-in's table, or the flow's own). */
export abstract class FlowMachine<
  State extends { readonly error: DescribedError<Key> | null },
  Event,
  Command,
  Secrets,
  Action,
  Snapshot extends object,
  Notice,
  Key extends string = MessageKey,
> {
  #state: State;
  readonly #snapshots: Snapshots<Snapshot>;
  readonly #notices = new Listeners<Notice>();
  readonly #errors: ErrorTranslator<Key>;
  protected readonly clock: FlowClock;
  protected readonly calls = new CallRunner();

  constructor(initial: State, translate: Translate<Key>, clock: FlowClock) {
    this.#state = initial;
    this.#errors = new ErrorTranslator(translate);
    this.clock = clock;
    this.#snapshots = new Snapshots(this.snapshotOf(initial, this.#errors.translate));
  }

  /** The current snapshot; a new object after every change. */
  get state(): Snapshot {
    return this.#snapshots.current;
  }

  /** The flow's clock, epoch milliseconds: countdowns read it. */
  now(): number {
    return this.clock.now();
  }

  /** Calls `listener` with every new state. Returns a function that stops it. */
  subscribe(listener: (state: Snapshot) => void): () => void {
    return this.#snapshots.subscribe(listener);
  }

  /** Calls `listener` with every notice. Returns a function that stops it. */
  onNotice(listener: (notice: Notice) => void): () => void {
    return this.#notices.add(listener);
  }

  /** Uses `translate` for every message from now on, including the one shown. */
  setTranslate(translate: Translate<Key>): void {
    this.#errors.use(translate);
    this.#publish();
  }

  /** The state, for the flow's own reading. */
  protected get current(): State {
    return this.#state;
  }

  /** The transition of `event` in `state` at `now`, or undefined when it does nothing there. */
  protected abstract transitionOf(
    state: State,
    event: Event,
    now: number,
  ): MachineTransition<State, Command> | undefined;

  /** The public snapshot of `state`, its error translated by `translateError`. */
  protected abstract snapshotOf(
    state: State,
    translateError: (error: DescribedError<Key>) => FlowError,
  ): Snapshot;

  /** The notice that a change between two snapshots deserves (a step change), or null. */
  protected abstract changeNoticeOf(previous: Snapshot, next: Snapshot): Notice | null;

  /** The notice of a new error shown in `state`. */
  protected abstract errorNoticeOf(error: FlowError, state: State): Notice;

  /** The Clerk call that carries out `command`, with the secrets of the intent that led to it. */
  protected abstract callFor(
    command: Command,
    secrets: Secrets | undefined,
  ): MachineCall<Action, Event, Notice>;

  /** The event of a failed call, by the flow's error policy. */
  protected abstract failedEventOf(failure: ClerkFailure, action: Action, state: State): Event;

  /** Called after every transition, with the state before it, when the flow needs it. */
  protected afterTransition?(previous: State): void;

  /**
   * Applies `event` to the state, publishes the new state and announces what changed.
   * Returns the transition, or undefined when the current step ignores the event.
   */
  protected dispatch(event: Event): MachineTransition<State, Command> | undefined {
    const next = this.transitionOf(this.#state, event, this.clock.now());
    if (!next) return undefined;
    if (next.supersedes) this.calls.supersede();
    const previous = this.#state;
    this.#state = next.state;
    this.#publish();
    const { error } = next.state;
    if (error && error !== previous.error) {
      this.emit(this.errorNoticeOf(this.#errors.translate(error), next.state));
    }
    this.afterTransition?.(previous);
    return next;
  }

  /**
   * Makes the Clerk call a transition asked for, through the call runner: a superseded
   * answer is dropped, a failure becomes the error policy's event, and an answer is fed
   * back in as an event (which may ask for the next call). The secrets go to this call
   * only, never to the ones after it.
   */
  protected async execute(command: Command | undefined, secrets?: Secrets): Promise<void> {
    if (command === undefined) return;
    const { action, call } = this.callFor(command, secrets);
    const before = this.#state;
    const result = await this.calls.run(call);
    if (result === superseded || result === null) return;
    if (!result.ok) {
      const failed = this.dispatch(this.failedEventOf(result.failure, action, before));
      await this.execute(failed?.command);
      return;
    }
    const { event, notice } = result.value;
    const next = this.dispatch(event);
    if (notice !== undefined) this.emit(notice);
    await this.execute(next?.command);
  }

  protected emit(notice: Notice): void {
    this.#notices.notify(notice);
  }

  /** Drops every listener of states and notices. */
  protected dropListeners(): void {
    this.#snapshots.clear();
    this.#notices.clear();
  }

  /** Publishes the snapshot of the state, announcing the change it makes, if any. */
  #publish(): void {
    const next = this.snapshotOf(this.#state, this.#errors.translate);
    const previous = this.#snapshots.publish(next);
    const change = previous && this.changeNoticeOf(previous, next);
    if (change) this.emit(change);
  }
}
