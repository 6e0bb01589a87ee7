/**
 * The sign-in state machine: email + password, then a second factor (authenticator
 * app, backup code, SMS code) or a new-device check (email or SMS code), then an
 * active session. Pure TypeScript, no DOM: elements render its `state` and turn its
 * notices into DOM events; everything Clerk is reached through `ClerkLike`.
 *
 * Passwords and codes live only in the call that sends them: they never enter the
 * state, a notice, or a field of this class.
 */
import type { MessageKey, MessageParams, Translate } from '../messages.js';
import type { ClerkLike, SignInResourceLike, UserLike } from './clerk-like.js';
import {
  fieldForClerkError,
  lockoutSecondsFromMessage,
  messageKeyForClerkCode,
  readClerkFailure,
  type ClerkApiFailure,
} from './clerk-errors.js';
import {
  clientTrustOrder,
  isSentCodeStrategy,
  normalizeCode,
  offeredFactors,
  secondFactorOrder,
  type OfferedFactor,
  type SentCodeStrategy,
} from './factors.js';
import type {
  CodeStrategy,
  ErrorField,
  FlowError,
  FlowNotice,
  FlowState,
  SignedInUser,
  SignInStatus,
  Step,
} from './types.js';

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

const defaultResendDelaySeconds = 30;

/** Steps that show a form for a code. */
export const codeSteps: ReadonlySet<Step> = new Set(['second-factor', 'client-trust']);

/**
 * Steps that show the credentials form and from which it can be submitted: before
 * Clerk has loaded and after it failed to (a submit then loads it again).
 */
export const credentialsSteps: ReadonlySet<Step> = new Set([
  'loading',
  'credentials',
  'load-error',
]);

/** The message of each sign-in status this flow cannot finish; others get a generic one. */
const unsupportedStatusMessages: Readonly<Partial<Record<SignInStatus, MessageKey>>> = {
  needs_first_factor: 'clerkMfaElements.unsupported.needs_first_factor',
  needs_new_password: 'clerkMfaElements.unsupported.needs_new_password',
  needs_protect_check: 'clerkMfaElements.unsupported.needs_protect_check',
};

/** An error with what is needed to translate its message again when the language changes. */
interface DescribedError {
  readonly code: string;
  readonly key: MessageKey;
  readonly params?: MessageParams;
  readonly field?: ErrorField;
  readonly retryAt?: number;
}

/** A sign-in resource as Clerk answered it: it always has a status. */
type ClerkAnswer = SignInResourceLike & { readonly status: SignInStatus };

/** What a failed call was doing; it decides what an error means (an expired code or sign-in). */
type FailedAction = 'create' | 'send-code' | 'attempt-code' | 'activate' | 'sign-out';

/**
 * The sign-in state machine. Create one per sign-in form, `attach` it to a Clerk
 * loader, `subscribe` to its state and `onNotice` to what happens, and forward the
 * user's intents. Intents return promises that never reject: every failure becomes
 * `state.error` and an `error` notice.
 */
export class SignInFlow {
  private current: FlowState = {
    step: 'loading',
    status: null,
    strategy: null,
    factors: [],
    busy: false,
    error: null,
    resendAvailableAt: null,
    lockedUntil: null,
    identifier: '',
    user: null,
  };

  private translate: Translate;
  private resendDelayMilliseconds: number;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, milliseconds: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  private readonly stateListeners = new Set<(state: FlowState) => void>();
  private readonly noticeListeners = new Set<(notice: FlowNotice) => void>();

  /** The loader given to `attach`; attaching the same one again changes nothing. */
  private loader: (() => Promise<ClerkLike>) | null = null;
  /** Counts loads, so that the answer of a replaced loader is ignored. */
  private loadCount = 0;
  private clerk: ClerkLike | null = null;
  /** Submits made before Clerk loaded, waiting for it (null: it failed to load). */
  private clerkWaiters: Array<(clerk: ClerkLike | null) => void> = [];

  /** Counts sign-ins started or left, so that the answer of one left behind is ignored. */
  private signInCount = 0;
  /** The sign-in resource of the code step, as returned by Clerk's last answer. */
  private signIn: SignInResourceLike | null = null;
  /** The factors of the code step with the ids their codes are sent with. */
  private offered: readonly OfferedFactor[] = [];
  /** When each code sent during this code step can be sent again: one send per strategy unless asked. */
  private sentCodes = new Map<CodeStrategy, number>();
  /** A session Clerk created that could not be made active yet; the next submit retries. */
  private sessionToActivate: string | null = null;

  /** The error shown, kept so that `setTranslate` can translate its message again. */
  private describedError: DescribedError | null = null;
  private lockTimer: unknown = null;

  constructor(options: SignInFlowOptions) {
    this.translate = options.translate;
    this.resendDelayMilliseconds = toResendDelayMilliseconds(options.resendDelaySeconds);
    this.now = options.now ?? Date.now;
    this.setTimer =
      options.setTimer ?? ((callback, milliseconds) => setTimeout(callback, milliseconds));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  /** The current snapshot; a new object after every change. */
  get state(): FlowState {
    return this.current;
  }

  /** Calls `listener` with every new state. Returns a function that stops it. */
  subscribe(listener: (state: FlowState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Calls `listener` with every notice (ready, status change, code sent, error, complete). */
  onNotice(listener: (notice: FlowNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /**
   * Starts loading Clerk with `getClerk`, which resolves a loaded Clerk instance.
   * The credentials form is usable meanwhile. Attaching the same loader again (the
   * host element was moved or reconnected) neither loads nor announces again; a
   * different loader replaces the first and starts over.
   */
  attach(getClerk: () => Promise<ClerkLike>): void {
    if (getClerk === this.loader) {
      this.resumeLock();
      return;
    }
    if (this.loader) {
      this.clerk = null;
      this.leaveSignIn();
      this.clearError({
        step: 'loading',
        status: null,
        strategy: null,
        factors: [],
        busy: false,
        resendAvailableAt: null,
        user: null,
      });
    }
    this.loader = getClerk;
    void this.load();
  }

  /**
   * Stops timers and drops every listener. The loaded Clerk and the state stay, so
   * attaching the same loader again resumes without loading or announcing again.
   */
  detach(): void {
    this.cancelLockTimer();
    this.stateListeners.clear();
    this.noticeListeners.clear();
  }

  /** Loads Clerk again after it failed to load. */
  async retryLoad(): Promise<void> {
    if (this.current.step !== 'load-error') return;
    await this.load();
  }

  /** Uses `translate` for every message from now on, including the one shown. */
  setTranslate(translate: Translate): void {
    this.translate = translate;
    const described = this.describedError;
    if (described) this.update({ error: this.toFlowError(described) });
  }

  /** Seconds between two sends of a code, for the codes sent from now on. */
  setResendDelay(seconds: number): void {
    this.resendDelayMilliseconds = toResendDelayMilliseconds(seconds);
  }

  /**
   * Signs in with email (or another identifier) and password. Before Clerk has
   * loaded, the flow is busy and proceeds once it has.
   */
  async submitCredentials(credentials: Credentials): Promise<void> {
    if (!credentialsSteps.has(this.current.step) || this.current.busy || this.isLocked()) return;
    const identifier = credentials.identifier.trim();
    if (!identifier) {
      this.showError(fieldError('identifier_required', 'identifier'), { identifier });
      return;
    }
    if (!credentials.password) {
      this.showError(fieldError('password_required', 'password'), { identifier });
      return;
    }
    if (this.sessionToActivate && identifier === this.current.identifier) {
      await this.activate(this.sessionToActivate, this.signInCount);
      return;
    }
    const signInCount = this.startSignIn();
    this.clearError({ identifier, busy: true });
    const clerk = await this.loadedClerk();
    if (signInCount !== this.signInCount) return;
    if (!clerk || this.current.step === 'signed-in') {
      this.update({ busy: false });
      return;
    }
    const resource = clerk.client?.signIn;
    try {
      if (!resource) throw networkFailure();
      const answer = await askClerk(resource, (signIn) =>
        signIn.create({ identifier, password: credentials.password }),
      );
      if (signInCount !== this.signInCount) return;
      await this.continueSignIn(answer, signInCount);
    } catch (thrown) {
      if (signInCount === this.signInCount) this.fail(thrown, 'create');
    }
  }

  /** Verifies the code typed for the current strategy. */
  async submitCode(code: string): Promise<void> {
    const { step, strategy, busy } = this.current;
    if (!codeSteps.has(step) || !strategy || busy || this.isLocked()) return;
    const normalized = normalizeCode(strategy, code);
    if (!normalized) {
      this.showError(fieldError('code_required', 'code'));
      return;
    }
    const signInCount = this.signInCount;
    if (this.sessionToActivate) {
      await this.activate(this.sessionToActivate, signInCount);
      return;
    }
    const resource = this.signIn!;
    this.clearError({ busy: true });
    try {
      const answer = await askClerk(resource, (signIn) =>
        signIn.attemptSecondFactor({ strategy, code: normalized }),
      );
      if (signInCount !== this.signInCount) return;
      // Clerk answers a code with a new status or an error; the same status means no answer came.
      if (answer.status === this.current.status) throw networkFailure();
      await this.continueSignIn(answer, signInCount);
    } catch (thrown) {
      if (signInCount === this.signInCount) this.fail(thrown, 'attempt-code');
    }
  }

  /**
   * Sends the SMS or email code again. Ignored until `state.resendAvailableAt`;
   * each send restarts that countdown.
   */
  async sendCode(): Promise<void> {
    const { step, strategy, busy, resendAvailableAt } = this.current;
    if (!codeSteps.has(step) || !isSentCodeStrategy(strategy) || busy || this.isLocked()) return;
    if (resendAvailableAt !== null && this.now() < resendAvailableAt) return;
    await this.prepare(strategy, this.signInCount);
  }

  /**
   * Switches the code step to another offered factor. An SMS or email code is sent
   * the first time its strategy is chosen during a sign-in, never again by choosing.
   */
  async chooseStrategy(strategy: CodeStrategy): Promise<void> {
    const { step, busy } = this.current;
    if (!codeSteps.has(step) || busy || strategy === this.current.strategy) return;
    if (!this.offered.some((offered) => offered.factor.strategy === strategy)) return;
    this.clearError({ strategy, resendAvailableAt: this.sentCodes.get(strategy) ?? null });
    if (isSentCodeStrategy(strategy) && !this.sentCodes.has(strategy) && !this.isLocked()) {
      await this.prepare(strategy, this.signInCount);
    }
  }

  /**
   * Leaves the code step or the unsupported view for the credentials form, keeping
   * the identifier typed. An answer still on its way for the sign-in left is ignored.
   */
  back(): void {
    const { step } = this.current;
    if (!codeSteps.has(step) && step !== 'unsupported') return;
    this.leaveSignIn();
    this.clearError({
      step: 'credentials',
      status: null,
      strategy: null,
      factors: [],
      busy: false,
      resendAvailableAt: null,
    });
  }

  /** Signs out the signed-in user and shows the credentials form. */
  async signOut(): Promise<void> {
    const { step, busy } = this.current;
    const clerk = this.clerk;
    if ((step !== 'signed-in' && step !== 'complete') || busy || !clerk) return;
    this.clearError({ busy: true });
    try {
      // Stay on the host page: the form is shown again here.
      await clerk.signOut(() => undefined);
      this.leaveSignIn();
      this.update({ step: 'credentials', status: null, busy: false, user: null });
    } catch (thrown) {
      this.fail(thrown, 'sign-out');
    }
  }

  private load(): Promise<ClerkLike | null> {
    const loader = this.loader!;
    const loadCount = ++this.loadCount;
    if (this.current.step === 'load-error') this.clearError({ step: 'loading' });
    return this.runLoad(loader, loadCount);
  }

  private async runLoad(
    loader: () => Promise<ClerkLike>,
    loadCount: number,
  ): Promise<ClerkLike | null> {
    let clerk: ClerkLike | null = null;
    try {
      clerk = await loader();
    } catch {
      // The reason is not shown: clerk_load_failed says what the user can do.
    }
    if (loadCount !== this.loadCount) return null;
    if (clerk) {
      this.clerk = clerk;
      this.emit({ type: 'ready' });
      const user = clerk.user ?? null;
      if (user || clerk.session) {
        this.update({ step: 'signed-in', busy: false, user: toSignedInUser(user, '') });
      } else {
        this.update({ step: 'credentials' });
      }
    } else {
      this.showError(packageError('clerk_load_failed'), { step: 'load-error', busy: false });
    }
    const waiters = this.clerkWaiters;
    this.clerkWaiters = [];
    for (const resolve of waiters) resolve(clerk);
    return clerk;
  }

  /** Clerk once loaded; loads it again after a failure; null if it fails to load. */
  private loadedClerk(): Promise<ClerkLike | null> {
    if (this.clerk) return Promise.resolve(this.clerk);
    if (this.current.step === 'load-error') return this.load();
    // Not attached yet, or loading: wait for the load to finish.
    return new Promise((resolve) => this.clerkWaiters.push(resolve));
  }

  /** Acts on Clerk's answer to creating the sign-in or verifying a code. */
  private async continueSignIn(answer: ClerkAnswer, signInCount: number): Promise<void> {
    switch (answer.status) {
      case 'complete':
        await this.activate(answer.createdSessionId ?? null, signInCount);
        return;
      case 'needs_second_factor':
        await this.enterCodeStep('second-factor', answer, secondFactorOrder, signInCount);
        return;
      case 'needs_client_trust':
        await this.enterCodeStep('client-trust', answer, clientTrustOrder, signInCount);
        return;
      default:
        this.showUnsupported(answer.status);
    }
  }

  private async enterCodeStep(
    step: 'second-factor' | 'client-trust',
    answer: ClerkAnswer,
    order: readonly CodeStrategy[],
    signInCount: number,
  ): Promise<void> {
    const offered = offeredFactors(answer.supportedSecondFactors, order);
    if (offered.length === 0) {
      this.showError(packageError('no_supported_factor'), {
        step: 'unsupported',
        status: answer.status,
        strategy: null,
        factors: [],
        busy: false,
      });
      return;
    }
    if (step !== this.current.step) this.sentCodes = new Map();
    this.signIn = answer;
    this.offered = offered;
    const strategy = offered[0].factor.strategy;
    const willSend =
      isSentCodeStrategy(strategy) && !this.sentCodes.has(strategy) && !this.isLocked();
    this.clearError({
      step,
      status: answer.status,
      strategy,
      factors: offered.map((entry) => entry.factor),
      busy: willSend,
      resendAvailableAt: this.sentCodes.get(strategy) ?? null,
    });
    if (willSend) await this.prepare(strategy, signInCount);
  }

  /** Asks Clerk to send a code by SMS or email for `strategy`. */
  private async prepare(strategy: SentCodeStrategy, signInCount: number): Promise<void> {
    const resource = this.signIn!;
    const offered = this.offered.find((entry) => entry.factor.strategy === strategy)!;
    this.clearError({ busy: true });
    try {
      const answer = await askClerk(resource, (signIn) =>
        signIn.prepareSecondFactor(offered.sendParams!),
      );
      if (signInCount !== this.signInCount) return;
      this.signIn = answer;
      const resendAvailableAt = this.now() + this.resendDelayMilliseconds;
      this.sentCodes.set(strategy, resendAvailableAt);
      this.update({ busy: false, resendAvailableAt });
      this.emit({
        type: 'code-sent',
        detail: {
          strategy,
          safeIdentifier: offered.factor.safeIdentifier ?? '',
          resendAvailableAt,
        },
      });
    } catch (thrown) {
      if (signInCount === this.signInCount) this.fail(thrown, 'send-code');
    }
  }

  /** Makes the session Clerk created the active one, and announces completion. */
  private async activate(sessionId: string | null, signInCount: number): Promise<void> {
    const clerk = this.clerk!;
    if (!sessionId) {
      this.showError(packageError('unknown_error'), { busy: false });
      return;
    }
    this.sessionToActivate = sessionId;
    this.clearError({ busy: true });
    try {
      await clerk.setActive({ session: sessionId });
    } catch (thrown) {
      if (signInCount === this.signInCount) this.fail(thrown, 'activate');
      return;
    }
    if (signInCount !== this.signInCount) return;
    const user = clerk.user ?? null;
    this.leaveSignIn();
    this.update({
      step: 'complete',
      status: 'complete',
      strategy: null,
      factors: [],
      busy: false,
      resendAvailableAt: null,
      user: toSignedInUser(user, this.current.identifier),
    });
    this.emit({ type: 'complete', detail: { sessionId, userId: user?.id ?? '' } });
  }

  private showUnsupported(status: SignInStatus): void {
    const key = unsupportedStatusMessages[status];
    this.showError(
      key
        ? { code: 'unsupported_status', key }
        : {
            code: 'unsupported_status',
            key: 'clerkMfaElements.unsupported.other',
            params: { status },
          },
      { step: 'unsupported', status, strategy: null, factors: [], busy: false },
    );
  }

  /** Shows what went wrong in a call to Clerk, and moves to where the user can go on. */
  private fail(thrown: unknown, action: FailedAction): void {
    const failure = readClerkFailure(thrown);
    if (failure.kind === 'network') {
      this.showError(packageError('network_error'), { busy: false });
      return;
    }
    if (failure.kind === 'unknown') {
      this.showError(packageError('unknown_error'), { busy: false });
      return;
    }
    const codeAction = action === 'send-code' || action === 'attempt-code';
    const sentCode = isSentCodeStrategy(this.current.strategy);
    switch (failure.code) {
      case 'session_exists':
        this.leaveSignIn();
        this.showError(clerkError(failure), {
          step: 'signed-in',
          status: null,
          strategy: null,
          factors: [],
          busy: false,
          resendAvailableAt: null,
          user: toSignedInUser(this.clerk!.user ?? null, this.current.identifier),
        });
        return;
      case 'too_many_requests':
        this.failLocked(failure.retryAfterSeconds, clerkError(failure));
        return;
      case 'verification_code_too_many_requests': {
        // Clerk refused to send another code yet; the one already sent still works.
        const resendAvailableAt =
          this.now() + (failure.retryAfterSeconds ?? defaultResendDelaySeconds) * 1000;
        if (sentCode) this.sentCodes.set(this.current.strategy!, resendAvailableAt);
        this.showError(
          { ...clerkError(failure), retryAt: resendAvailableAt },
          { busy: false, resendAvailableAt },
        );
        return;
      }
      case 'user_locked': {
        const seconds = lockoutSecondsFromMessage(failure.longMessage);
        this.failLocked(
          seconds,
          seconds === undefined
            ? clerkError(failure)
            : {
                code: 'user_locked',
                key: 'unstable__errors.user_locked__until',
                params: { minutes: Math.ceil(seconds / 60) },
              },
        );
        return;
      }
      case 'verification_expired':
      case 'verification_failed':
        if (codeAction && sentCode) {
          // Only this code is spent: a new one may be sent at once.
          const now = this.now();
          this.sentCodes.set(this.current.strategy!, now);
          this.showError(
            { ...clerkError(failure), field: 'code' },
            { busy: false, resendAvailableAt: now },
          );
        } else {
          this.restartSignIn(failure.code);
        }
        return;
      case 'resource_not_found':
        if (codeAction) {
          this.restartSignIn('verification_expired');
          return;
        }
        break;
    }
    this.showError(clerkError(failure), { busy: false });
  }

  /** Shows a rate limit or lockout error; submits are refused until it passes, when known. */
  private failLocked(seconds: number | undefined, error: DescribedError): void {
    if (seconds === undefined) {
      this.showError(error, { busy: false });
      return;
    }
    const until = this.now() + seconds * 1000;
    this.showError({ ...error, retryAt: until }, { busy: false, lockedUntil: until });
    this.armLockTimer(until);
  }

  /** The sign-in itself is over (expired, too many attempts): back to the credentials form. */
  private restartSignIn(code: 'verification_expired' | 'verification_failed'): void {
    this.leaveSignIn();
    this.showError(
      { code, key: `unstable__errors.${code}__sign_in` },
      {
        step: 'credentials',
        status: null,
        strategy: null,
        factors: [],
        busy: false,
        resendAvailableAt: null,
      },
    );
  }

  /** Starts a new sign-in; answers for earlier ones are ignored from now on. */
  private startSignIn(): number {
    this.leaveSignIn();
    return this.signInCount;
  }

  /** Forgets the current sign-in; answers still on their way for it are ignored. */
  private leaveSignIn(): void {
    this.signInCount += 1;
    this.signIn = null;
    this.offered = [];
    this.sentCodes = new Map();
    this.sessionToActivate = null;
  }

  private isLocked(): boolean {
    const { lockedUntil } = this.current;
    return lockedUntil !== null && this.now() < lockedUntil;
  }

  private armLockTimer(until: number): void {
    this.cancelLockTimer();
    this.lockTimer = this.setTimer(
      () => {
        this.lockTimer = null;
        this.endLock(until);
      },
      Math.max(0, until - this.now()),
    );
  }

  /** Clears the lock that ended at `until`, and its message if that is still shown. */
  private endLock(until: number): void {
    if (this.current.error?.retryAt === until) this.clearError({ lockedUntil: null });
    else this.update({ lockedUntil: null });
  }

  /** After `detach` and `attach`: the lock timer runs again, or the lock ends if it passed. */
  private resumeLock(): void {
    const { lockedUntil } = this.current;
    if (lockedUntil === null || this.lockTimer !== null) return;
    if (this.now() < lockedUntil) this.armLockTimer(lockedUntil);
    else this.endLock(lockedUntil);
  }

  private cancelLockTimer(): void {
    if (this.lockTimer === null) return;
    this.clearTimer(this.lockTimer);
    this.lockTimer = null;
  }

  private toFlowError(described: DescribedError): FlowError {
    return {
      code: described.code,
      message: this.translate(described.key, described.params),
      ...(described.field ? { field: described.field } : {}),
      ...(described.retryAt !== undefined ? { retryAt: described.retryAt } : {}),
    };
  }

  /** Shows `described` together with the other changes in `patch`, and announces it. */
  private showError(described: DescribedError, patch: Partial<FlowState> = {}): void {
    this.describedError = described;
    const error = this.toFlowError(described);
    this.update({ ...patch, error });
    this.emit({ type: 'error', detail: { ...error, step: this.current.step } });
  }

  /** Applies `patch` with no error shown. */
  private clearError(patch: Partial<FlowState>): void {
    this.describedError = null;
    this.update({ ...patch, error: null });
  }

  /**
   * Makes the next state and tells the listeners; announces a status change when the
   * step, the sign-in status or the strategy changed. Nothing happens when nothing changed.
   */
  private update(patch: Partial<FlowState>): void {
    const previous = this.current;
    const next: FlowState = { ...previous, ...patch };
    const keys = Object.keys(next) as Array<keyof FlowState>;
    if (keys.every((key) => next[key] === previous[key])) return;
    this.current = next;
    for (const listener of [...this.stateListeners]) callSafely(listener, next);
    if (
      next.step !== previous.step ||
      next.status !== previous.status ||
      next.strategy !== previous.strategy
    ) {
      this.emit({
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

  private emit(notice: FlowNotice): void {
    for (const listener of [...this.noticeListeners]) callSafely(listener, notice);
  }
}

/**
 * A listener that throws must not break the flow or the other listeners; its error
 * is reported the way an uncaught error is.
 */
function callSafely<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

function toResendDelayMilliseconds(seconds: number | undefined): number {
  const valid = seconds !== undefined && Number.isFinite(seconds) && seconds >= 0;
  return (valid ? seconds : defaultResendDelaySeconds) * 1000;
}

/**
 * Makes one call on a sign-in resource and returns Clerk's answer, or throws a network
 * failure when none came: offline or in an automated browser, clerk-js resolves `null`
 * or the resource untouched (its verification object not rebuilt, or a new sign-in
 * still without a status) instead of throwing.
 */
async function askClerk(
  resource: SignInResourceLike,
  call: (resource: SignInResourceLike) => Promise<SignInResourceLike | null | undefined>,
): Promise<ClerkAnswer> {
  const verificationBefore = resource.secondFactorVerification;
  const answer = await call(resource);
  const untouched =
    verificationBefore !== undefined && answer?.secondFactorVerification === verificationBefore;
  if (!answer || typeof answer.status !== 'string' || untouched) throw networkFailure();
  return answer as ClerkAnswer;
}

/** Thrown inside the flow when a call came back without an answer from Clerk. */
function networkFailure(): Error {
  return Object.assign(new Error('No answer from Clerk'), { code: 'network_error' });
}

function toSignedInUser(user: UserLike | null, identifier: string): SignedInUser | null {
  if (!user) return null;
  const displayName =
    user.fullName || user.primaryEmailAddress?.emailAddress || identifier || user.id;
  return { id: user.id, displayName };
}

/** One of this package's own errors, with its message under `clerkMfaElements.errors.*`. */
function packageError(
  code: 'network_error' | 'clerk_load_failed' | 'unknown_error' | 'no_supported_factor',
): DescribedError {
  return { code, key: `clerkMfaElements.errors.${code}` };
}

function fieldError(
  code: 'identifier_required' | 'password_required' | 'code_required',
  field: ErrorField,
): DescribedError {
  return { code, key: `clerkMfaElements.errors.${code}`, field };
}

/** A Clerk error this flow explains, or the generic `unknown_error` for any other code. */
function clerkError(failure: ClerkApiFailure): DescribedError {
  const key = messageKeyForClerkCode(failure.code);
  if (!key) return packageError('unknown_error');
  const field = fieldForClerkError(failure);
  return { code: failure.code, key, ...(field ? { field } : {}) };
}
