/**
 * The sign-in state machine: email + password, then a second factor (authenticator
 * app, backup code, SMS code) or a new-device check (email or SMS code), then an
 * active session. Pure TypeScript, no DOM: elements render its `state` and turn its
 * notices into DOM events; everything Clerk is reached through `clerk-adapter.ts`.
 *
 * This class is the lifecycle around the pure parts: it loads Clerk, turns intents into
 * events for `transitions.ts`, makes the Clerk calls the transitions ask for through
 * one `CallRunner`, and announces what changed.
 *
 * Passwords and codes live only in the call that sends them: they never enter the
 * state, an event, a notice, or a field of this class.
 */
import type { Translate } from '../messages.js';
import { CallRunner, superseded } from './call-runner.js';
import type { ClerkLike } from './clerk-adapter.js';
import { ClerkConnection, type ClerkLoader } from './clerk-connection.js';
import { clockOf, type FlowClock } from './clock.js';
import { isPlausibleCode, normalizeCode } from './codes.js';
import { ErrorTranslator } from './described-error.js';
import { defaultResendDelaySeconds, failureOutcome } from './error-policy.js';
import { Listeners } from './listeners.js';
import { LockTimer } from './lock-timer.js';
import { lockedUntil, nextLockEnd } from './locks.js';
import { clerkCallFor, toSignedInUser, type Secrets } from './sign-in-calls.js';
import { initialState, isCodeState, snapshotOf, type SignInState } from './states.js';
import type { Command, FlowEvent, Transition } from './flow-events.js';
import { transition } from './transitions.js';
import type { CodeStrategy, FlowNotice, FlowState } from './types.js';

export interface SignInFlowOptions {
  /** Produces every message the flow puts in its state and notices. */
  readonly translate: Translate;
  /** Seconds after sending an SMS or email code before another can be sent; 30 by default. */
  readonly resendDelaySeconds?: number;
  /** The current time in epoch milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  /** Schedules `callback` after `milliseconds`; `setTimeout` by default. */
  readonly setTimer?: (callback: () => void, milliseconds: number) => unknown;
  /** Cancels a timer made by `setTimer`; `clearTimeout` by default. */
  readonly clearTimer?: (timer: unknown) => void;
}

/** The credentials typed into the form; the password is sent to Clerk and forgotten. */
export interface Credentials {
  readonly identifier: string;
  readonly password: string;
}

/**
 * The sign-in state machine. Create one per sign-in form, `attach` it to a Clerk
 * loader, `subscribe` to its state and `onNotice` to what happens, and forward the
 * user's intents. Intents return promises that never reject: every failure becomes
 * `state.error` and an `error` notice. An intent the current step does not accept
 * does nothing.
 */
export class SignInFlow {
  #state: SignInState = initialState();
  #snapshot: FlowState;
  readonly #errors: ErrorTranslator;
  #resendDelayMilliseconds: number;
  readonly #clock: FlowClock;
  readonly #lockTimer: LockTimer;
  readonly #stateListeners = new Listeners<FlowState>();
  readonly #noticeListeners = new Listeners<FlowNotice>();
  readonly #connection = new ClerkConnection();
  readonly #calls = new CallRunner();
  /** Stops hearing clerk-js's session changes; null while not hearing them. */
  #unfollowClerk: (() => void) | null = null;

  constructor(options: SignInFlowOptions) {
    this.#errors = new ErrorTranslator(options.translate);
    this.#resendDelayMilliseconds = toResendDelayMilliseconds(options.resendDelaySeconds);
    this.#clock = clockOf(options);
    this.#lockTimer = new LockTimer(this.#clock, (until) =>
      this.#dispatch({ type: 'lock-ended', until }),
    );
    this.#snapshot = snapshotOf(this.#state, this.#errors.translate);
  }

  /** The current snapshot; a new object after every change. */
  get state(): FlowState {
    return this.#snapshot;
  }

  /** The flow's clock, epoch milliseconds: countdowns read it. */
  now(): number {
    return this.#clock.now();
  }

  /** Calls `listener` with every new state. Returns a function that stops it. */
  subscribe(listener: (state: FlowState) => void): () => void {
    return this.#stateListeners.add(listener);
  }

  /** Calls `listener` with every notice (ready, status change, code sent, error, complete). */
  onNotice(listener: (notice: FlowNotice) => void): () => void {
    return this.#noticeListeners.add(listener);
  }

  /**
   * Starts loading Clerk with `getClerk`, which resolves a loaded Clerk instance.
   * The credentials form is usable meanwhile. Attaching the same loader again (the
   * host element was moved or reconnected) neither loads nor announces again; a
   * different loader replaces the first and starts over.
   */
  attach(getClerk: ClerkLoader): void {
    if (this.#connection.uses(getClerk)) {
      this.#lockTimer.resume(nextLockEnd(this.#state.locks));
      this.#followClerk();
      return;
    }
    this.#unfollow();
    if (this.#connection.replace(getClerk)) this.#dispatch({ type: 'reset' });
    void this.#load();
  }

  /**
   * Stops timers and drops every listener. The loaded Clerk and the state stay, so
   * attaching the same loader again resumes without loading or announcing again.
   */
  detach(): void {
    this.#lockTimer.cancel();
    this.#unfollow();
    this.#stateListeners.clear();
    this.#noticeListeners.clear();
  }

  /** Loads Clerk again after it failed to load. */
  async retryLoad(): Promise<void> {
    if (this.#state.step === 'load-error') await this.#load();
  }

  /** Uses `translate` for every message from now on, including the one shown. */
  setTranslate(translate: Translate): void {
    this.#errors.use(translate);
    this.#publish();
  }

  /** Seconds between two sends of a code, for the codes sent from now on. */
  setResendDelay(seconds: number): void {
    this.#resendDelayMilliseconds = toResendDelayMilliseconds(seconds);
  }

  /**
   * Signs in with email (or another identifier) and password. Before Clerk has
   * loaded, the flow is busy and proceeds once it has.
   */
  submitCredentials(credentials: Credentials): Promise<void> {
    const identifier = credentials.identifier.trim();
    const passwordGiven = credentials.password !== '';
    const accepted = this.#dispatch({ type: 'credentials-submitted', identifier, passwordGiven });
    return this.#execute(accepted?.command, { password: credentials.password });
  }

  /**
   * Verifies the code typed for the current strategy. A code that cannot be right (a
   * wrong number of digits, letters in a numeric code) is refused without a request.
   */
  submitCode(code: string): Promise<void> {
    const strategy = isCodeState(this.#state) ? this.#state.strategy : null;
    const normalized = strategy ? normalizeCode(strategy, code) : '';
    const shape =
      normalized === ''
        ? 'missing'
        : strategy && isPlausibleCode(strategy, normalized)
          ? 'plausible'
          : 'implausible';
    const accepted = this.#dispatch({ type: 'code-submitted', code: shape });
    return this.#execute(accepted?.command, { code: normalized });
  }

  /**
   * Until when a submit for `identifier` is refused (a lockout of that account, or a
   * rate limit of everyone), or null: for a form whose identifier is being edited.
   */
  lockedUntilFor(identifier: string): number | null {
    const until = lockedUntil(this.#state.locks, identifier.trim());
    return until !== null && until > this.#clock.now() ? until : null;
  }

  /**
   * Sends the SMS or email code again. Ignored until `state.resendAvailableAt`;
   * each send restarts that countdown.
   */
  sendCode(): Promise<void> {
    return this.#execute(this.#dispatch({ type: 'send-requested' })?.command);
  }

  /**
   * Switches the code step to another offered factor. An SMS or email code is sent
   * the first time its strategy is chosen during a sign-in, never again by choosing.
   */
  chooseStrategy(strategy: CodeStrategy): Promise<void> {
    return this.#execute(this.#dispatch({ type: 'strategy-chosen', strategy })?.command);
  }

  /**
   * Leaves the code step or the unsupported view for the credentials form, keeping
   * the identifier typed. An answer still on its way for the sign-in left is ignored.
   */
  back(): void {
    this.#dispatch({ type: 'back' });
  }

  /** Signs out the signed-in user and shows the credentials form. */
  signOut(): Promise<void> {
    if (!this.#connection.clerk) return Promise.resolve();
    return this.#execute(this.#dispatch({ type: 'sign-out-requested' })?.command);
  }

  /**
   * Makes the Clerk call a transition asked for, through the call runner: a superseded
   * answer is dropped, a failure becomes the error policy's outcome, and an answer is
   * fed back in as an event (which may ask for the next call).
   */
  async #execute(command: Command | undefined, secrets: Secrets = {}): Promise<void> {
    if (!command) return;
    const { action, call } = clerkCallFor(command, secrets, {
      clerk: this.#connection.clerk,
      loadedClerk: () =>
        this.#connection.loaded(this.#state.step === 'load-error', () => this.#load()),
      signedIn: () => this.#state.step === 'signed-in',
      identifier: this.#state.identifier,
      resendAvailableAt: () => this.#clock.now() + this.#resendDelayMilliseconds,
    });
    const strategy = isCodeState(this.#state) ? this.#state.strategy : null;
    const result = await this.#calls.run(call);
    if (result === superseded || result === null) return;
    if (!result.ok) {
      const outcome = failureOutcome(result.failure, action, strategy);
      const clerkUser = this.#connection.clerk?.user ?? null;
      const user =
        outcome.kind === 'signed-in' ? toSignedInUser(clerkUser, this.#state.identifier) : null;
      await this.#execute(this.#dispatch({ type: 'failed', outcome, user })?.command);
      return;
    }
    const { event, notice } = result.value;
    const next = this.#dispatch(event);
    if (notice) this.#emit(notice);
    await this.#execute(next?.command);
  }

  #load(): Promise<ClerkLike | null> {
    this.#dispatch({ type: 'load-started' });
    return this.#connection.load((clerk) => {
      if (!clerk) {
        this.#dispatch({ type: 'load-failed' });
        return;
      }
      this.#emit({ type: 'ready' });
      const signedIn = Boolean(clerk.user || clerk.session);
      this.#dispatch({ type: 'loaded', signedIn, user: toSignedInUser(clerk.user ?? null, '') });
      this.#followClerk();
    });
  }

  /**
   * Hears the session changes clerk-js makes outside this flow's calls, such as another
   * tab signing in or out, for as long as the flow is attached.
   */
  #followClerk(): void {
    const clerk = this.#connection.clerk;
    if (!clerk?.addListener || this.#unfollowClerk) return;
    this.#unfollowClerk = clerk.addListener(({ session, user }) => {
      const signedInUser = toSignedInUser(user ?? null, this.#state.identifier);
      this.#dispatch({ type: 'session-changed', signedIn: Boolean(session), user: signedInUser });
    });
  }

  #unfollow(): void {
    this.#unfollowClerk?.();
    this.#unfollowClerk = null;
  }

  /**
   * Applies `event` to the state, publishes the new state and announces what changed.
   * Returns the transition, or undefined when the current step ignores the event.
   */
  #dispatch(event: FlowEvent): Transition | undefined {
    const next = transition(this.#state, event, this.#clock.now());
    if (!next) return undefined;
    if (next.supersedes) this.#calls.supersede();
    const previous = this.#state;
    this.#state = next.state;
    this.#publish();
    const { error } = next.state;
    if (error && error !== previous.error) {
      this.#emit({
        type: 'error',
        detail: { ...this.#errors.translate(error), step: next.state.step },
      });
    }
    const lockEnd = nextLockEnd(next.state.locks);
    if (lockEnd !== nextLockEnd(previous.locks)) {
      if (lockEnd === null) this.#lockTimer.cancel();
      else this.#lockTimer.arm(lockEnd);
    }
    return next;
  }

  /**
   * Makes the snapshot of the state and tells the listeners; announces a status change
   * when the step, the sign-in status or the strategy changed. Nothing happens when
   * nothing changed.
   */
  #publish(): void {
    const previous = this.#snapshot;
    const next = snapshotOf(this.#state, this.#errors.translate);
    const keys = Object.keys(next) as Array<keyof FlowState>;
    if (keys.every((key) => next[key] === previous[key])) return;
    this.#snapshot = next;
    this.#stateListeners.notify(next);
    if (
      next.step !== previous.step ||
      next.status !== previous.status ||
      next.strategy !== previous.strategy
    ) {
      this.#emit({
        type: 'status-change',
        detail: {
          step: next.step,
          previousStep: previous.step,
          status: next.status,
          previousStatus: previous.status,
          strategy: next.strategy,
          factors: next.factors,
        },
      });
    }
  }

  #emit(notice: FlowNotice): void {
    this.#noticeListeners.notify(notice);
  }
}

function toResendDelayMilliseconds(seconds: number | undefined): number {
  const valid = seconds !== undefined && Number.isFinite(seconds) && seconds >= 0;
  return (valid ? seconds : defaultResendDelaySeconds) * 1000;
}
