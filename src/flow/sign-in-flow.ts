/**
 * The sign-in state machine: email + password, then a second factor (authenticator
 * app, backup code, SMS code) or a new-device check (email or SMS code), then an
 * active session, or the task a pending session waits for. Pure TypeScript, no DOM:
 * elements render its `state` and turn its notices into DOM events; everything Clerk is
 * reached through `clerk-adapter/`.
 *
 * This class is the lifecycle around the pure parts (`transitions.ts`, `states.ts`,
 * `error-policy.ts`): it loads Clerk, turns intents into events, and through its
 * `FlowMachine` base makes the Clerk calls the transitions ask for (`sign-in-calls.ts`)
 * and announces what changed.
 *
 * Passwords and codes live only in the call that sends them: they never enter the
 * state, an event, a notice, or a field of this class.
 */
import { minimumPasswordLengthOf, type ClerkLike } from './clerk-adapter/index.js';
import { ClerkConnection, type ClerkLoader } from './clerk-connection.js';
import type { ClerkFailure } from './clerk-errors.js';
import { clockOf } from './clock.js';
import { codeShape, normalizeCode } from './codes.js';
import type { DescribedError } from './described-error.js';
import { defaultResendDelaySeconds, type FailedAction } from './error-policy.js';
import type { Command, FlowEvent, HeldSession, Transition } from './flow-events.js';
import { FlowMachine, type MachineCall } from './flow-machine.js';
import { LockTimer } from './lock-timer.js';
import { lockedUntil, nextLockEnd } from './locks.js';
import { heldSessionOf, SessionFollower } from './session-follower.js';
import { clerkCallFor, failedEvent, type Secrets } from './sign-in-calls.js';
import { snapshotOf, statusChangeOf } from './sign-in-snapshot.js';
import type {
  Credentials,
  NewPassword,
  PasswordRules,
  SignInFlowOptions,
} from './sign-in-inputs.js';
import { initialState, isCodeState, type SignInState } from './states.js';
import { transition } from './transitions.js';
import type { CodeStrategy, FlowError, FlowNotice, FlowState } from './types.js';

export type {
  Credentials,
  NewPassword,
  PasswordRules,
  SignInFlowOptions,
} from './sign-in-inputs.js';

/**
 * The sign-in state machine. Create one per sign-in form, `attach` it to a Clerk
 * loader, `subscribe` to its state and `onNotice` to what happens, and forward the
 * user's intents. Intents return promises that never reject: every failure becomes
 * `state.error` and an `error` notice. An intent the current step does not accept
 * does nothing.
 */
export class SignInFlow extends FlowMachine<
  SignInState,
  FlowEvent,
  Command,
  Secrets,
  FailedAction,
  FlowState,
  FlowNotice
> {
  #resendDelayMilliseconds: number;
  readonly #lockTimer: LockTimer;
  readonly #connection = new ClerkConnection();
  /** Hears clerk-js's session changes while the flow is attached. */
  readonly #follower = new SessionFollower();

  constructor(options: SignInFlowOptions) {
    super(initialState(), options.translate, clockOf(options));
    this.#resendDelayMilliseconds = toResendDelayMilliseconds(options.resendDelaySeconds);
    this.#lockTimer = new LockTimer(this.clock, (until) =>
      this.dispatch({ type: 'lock-ended', until }),
    );
  }

  /**
   * Starts loading Clerk with `getClerk`, which resolves a loaded Clerk instance.
   * The credentials form is usable meanwhile. Attaching the same loader again (the
   * host element was moved or reconnected) neither loads nor announces again; a
   * different loader replaces the first and starts over.
   */
  attach(getClerk: ClerkLoader): void {
    if (this.#connection.uses(getClerk)) {
      this.#lockTimer.resume(nextLockEnd(this.current.locks));
      this.#followClerk();
      return;
    }
    this.#follower.stop();
    if (this.#connection.replace(getClerk)) this.dispatch({ type: 'reset' });
    void this.#load();
  }

  /**
   * Stops timers and drops every listener. The loaded Clerk and the state stay, so
   * attaching the same loader again resumes without loading or announcing again.
   */
  detach(): void {
    this.#lockTimer.cancel();
    this.#follower.stop();
    this.dropListeners();
  }

  /** Loads Clerk again after it failed to load. */
  async retryLoad(): Promise<void> {
    if (this.current.step === 'load-error') await this.#load();
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
    const accepted = this.dispatch({ type: 'credentials-submitted', identifier, passwordGiven });
    return this.execute(accepted?.command, { password: credentials.password });
  }

  /**
   * "Forgot password?": starts a sign-in for `identifier` without its password and sends
   * the code that resets it (by email, or SMS where the instance resets by phone).
   */
  forgotPassword(identifier: string): Promise<void> {
    const accepted = this.dispatch({ type: 'reset-requested', identifier: identifier.trim() });
    return this.execute(accepted?.command);
  }

  /**
   * Sets the new password: the sign-in's after a reset code, or the one a session's
   * `reset-password` task asks for. Other devices are signed out when asked.
   */
  submitNewPassword(choice: NewPassword): Promise<void> {
    const { password, signOutOfOtherSessions } = choice;
    const passwordGiven = password !== '';
    const event = {
      type: 'new-password-submitted',
      passwordGiven,
      signOutOfOtherSessions,
    } as const;
    return this.execute(this.dispatch(event)?.command, { password });
  }

  /** What the instance asks of a new password, as far as Clerk tells it. */
  passwordRules(): PasswordRules {
    return { minimumLength: minimumPasswordLengthOf(this.#connection.clerk) };
  }

  /**
   * Verifies the code typed for the current strategy. A code that cannot be right (a
   * wrong number of digits, letters in a numeric code) is refused without a request.
   */
  submitCode(code: string): Promise<void> {
    const strategy = isCodeState(this.current) ? this.current.strategy : null;
    const normalized = strategy ? normalizeCode(strategy, code) : '';
    const shape = strategy ? codeShape(strategy, normalized) : 'missing';
    const accepted = this.dispatch({ type: 'code-submitted', code: shape });
    return this.execute(accepted?.command, { code: normalized });
  }

  /**
   * Until when a submit for `identifier` is refused (a lockout of that account, or a
   * rate limit of everyone), or null: for a form whose identifier is being edited.
   */
  lockedUntilFor(identifier: string): number | null {
    const until = lockedUntil(this.current.locks, identifier.trim());
    return until !== null && until > this.clock.now() ? until : null;
  }

  /**
   * Sends the SMS or email code again. Ignored until `state.resendAvailableAt`;
   * each send restarts that countdown.
   */
  sendCode(): Promise<void> {
    return this.execute(this.dispatch({ type: 'send-requested' })?.command);
  }

  /**
   * Switches the code step to another offered factor. An SMS or email code is sent
   * the first time its strategy is chosen during a sign-in, never again by choosing.
   */
  chooseStrategy(strategy: CodeStrategy): Promise<void> {
    return this.execute(this.dispatch({ type: 'strategy-chosen', strategy })?.command);
  }

  /**
   * Leaves the code step or the unsupported view for the credentials form, keeping
   * the identifier typed. An answer still on its way for the sign-in left is ignored.
   */
  back(): void {
    this.dispatch({ type: 'back' });
  }

  /**
   * Makes the session active once the task it waited for is done here (a second factor
   * set up, its backup codes seen): then `complete`, or the next task.
   */
  completeSessionTask(): Promise<void> {
    return this.execute(this.dispatch({ type: 'task-done' })?.command);
  }

  /** Signs out the signed-in user and shows the credentials form. */
  signOut(): Promise<void> {
    if (!this.#connection.clerk) return Promise.resolve();
    return this.execute(this.dispatch({ type: 'sign-out-requested' })?.command);
  }

  protected override transitionOf(
    state: SignInState,
    event: FlowEvent,
    now: number,
  ): Transition | undefined {
    return transition(state, event, now);
  }

  protected override snapshotOf(
    state: SignInState,
    translateError: (error: DescribedError) => FlowError,
  ): FlowState {
    return snapshotOf(state, translateError);
  }

  protected override changeNoticeOf(previous: FlowState, next: FlowState): FlowNotice | null {
    return statusChangeOf(previous, next);
  }

  protected override errorNoticeOf(error: FlowError, state: SignInState): FlowNotice {
    return { type: 'error', detail: { ...error, step: state.step } };
  }

  protected override callFor(
    command: Command,
    secrets: Secrets | undefined,
  ): MachineCall<FailedAction, FlowEvent, FlowNotice> {
    return clerkCallFor(command, secrets ?? {}, {
      clerk: this.#connection.clerk,
      loadedClerk: () =>
        this.#connection.loaded(this.current.step === 'load-error', () => this.#load()),
      signedIn: () => this.current.step === 'signed-in',
      identifier: this.current.identifier,
      resendAvailableAt: () => this.clock.now() + this.#resendDelayMilliseconds,
    });
  }

  protected override failedEventOf(
    failure: ClerkFailure,
    action: FailedAction,
    state: SignInState,
  ): FlowEvent {
    return failedEvent(failure, action, isCodeState(state) ? state.strategy : null, {
      clerkUser: this.#connection.clerk?.user ?? null,
      identifier: state.identifier,
    });
  }

  /** The lock timer runs for the first lock that ends. */
  protected override afterTransition(previous: SignInState): void {
    const lockEnd = nextLockEnd(this.current.locks);
    if (lockEnd !== nextLockEnd(previous.locks)) this.#lockTimer.arm(lockEnd);
  }

  /** Hears the session changes clerk-js makes outside this flow's calls, while attached. */
  #followClerk(): void {
    const clerk = this.#connection.clerk;
    if (!clerk) return;
    this.#follower.follow(clerk, () =>
      this.dispatch({ type: 'session-changed', session: this.#heldSession() }),
    );
  }

  #heldSession(): HeldSession | null {
    return heldSessionOf(this.#connection.clerk, this.current.identifier);
  }

  #load(): Promise<ClerkLike | null> {
    this.dispatch({ type: 'load-started' });
    return this.#connection.load((clerk) => {
      if (!clerk) {
        this.dispatch({ type: 'load-failed' });
        return;
      }
      this.emit({ type: 'ready' });
      this.dispatch({ type: 'loaded', session: this.#heldSession() });
      this.#followClerk();
    });
  }
}

function toResendDelayMilliseconds(seconds: number | undefined): number {
  const valid = seconds !== undefined && Number.isFinite(seconds) && seconds >= 0;
  return (valid ? seconds : defaultResendDelaySeconds) * 1000;
}
