/**
 * The sign-in flow as `<clerk-mfa-sign-in>` holds it: its module (`sign-in-flow.ts` and
 * everything it imports, about a quarter of the sign-in's code), with the English
 * messages of every screen past the first (`src/after-first-screen.ts`), is imported when
 * the element is created, and loads while clerk-js does, so the first screen never waits
 * for it. In the single-file build it is a file of its own, `clerk-mfa-sign-in-flow.js`.
 * The messages join the sign-in's table (`loadedSignInMessages`) before the flow is
 * created: no state that needs them can be shown before they are there.
 *
 * Until the module has arrived, this object stands in for the flow: its state is the
 * flow's first state (loading, nothing typed), it starts loading Clerk when attached,
 * and it passes every intent on once the flow exists, in the order they came. Once the
 * flow exists, every call goes straight to it, in the same task.
 *
 * A module that cannot be fetched is a load error like Clerk's own: the retry imports it
 * again.
 */
import { addLaterSignInMessages } from '../messages.js';
import type { laterSignInMessages } from '../sign-in-later-messages.js';
import type { ClerkLike } from './clerk-adapter/index.js';
import type { ClerkLoader } from './clerk-connection.js';
import { Listeners } from './listeners.js';
import { statusChangeOf } from './sign-in-snapshot.js';
import type {
  Credentials,
  NewPassword,
  PasswordRules,
  SignInFlow,
  SignInFlowOptions,
} from './sign-in-flow.js';
import type { CodeStrategy, CredentialsFlowState, FlowNotice, FlowState } from './types.js';

/** The module `DeferredSignInFlow` imports: the flow's class and the messages of the later screens. */
export interface SignInFlowModule {
  readonly SignInFlow: new (options: SignInFlowOptions) => SignInFlow;
  readonly laterSignInMessages: typeof laterSignInMessages;
}

/**
 * The state of a flow just created: `SignInFlow`'s first snapshot
 * (`test/flow/deferred-sign-in-flow.test.ts` keeps the two equal).
 */
export const firstFlowState: CredentialsFlowState = Object.freeze({
  step: 'loading',
  status: null,
  strategy: null,
  factors: Object.freeze<[]>([]),
  resendAvailableAt: null,
  busy: false,
  error: null,
  lockedUntil: null,
  identifier: '',
  user: null,
});

/** Imports the flow's module: `attempt` is 0 the first time, then 1, 2, … after failures. */
export type SignInFlowImport = (attempt: number) => Promise<SignInFlowModule>;

/**
 * How the flow's module is imported again after an import of it failed, when not as the
 * first time. Chromium and WebKit fetch a module again then, but Firefox keeps the failure
 * for the page's life: the single-file build, which knows its flow file's URL, imports it
 * again under a URL of its own (`src/browser.ts`).
 */
let importAgain: SignInFlowImport | undefined;

/** Sets how the flow's module is imported again after a failure, for every sign-in's next retry. */
export function importSignInFlowAgainWith(importer: SignInFlowImport): void {
  importAgain = importer;
}

const importSignInFlow: SignInFlowImport = (attempt) =>
  attempt > 0 && importAgain ? importAgain(attempt) : import('../after-first-screen.js');

/**
 * The intents, state and notices of a `SignInFlow`, available before its module has
 * arrived. Create it with the flow's options; `importModule` is for tests.
 */
export class DeferredSignInFlow {
  #flow: SignInFlow | undefined;
  /** How many times the module was imported. */
  #imports = 0;
  #arrival: Promise<SignInFlow | undefined>;
  /** The state shown while there is no flow: the first one, or the module's load error. */
  #standInState: CredentialsFlowState = firstFlowState;
  /** Whether the flow's states and notices reach this object's listeners (a detach ends that). */
  #heard = false;
  /** The loader attached, until a detach: the flow is attached to it once it exists. */
  #loader: ClerkLoader | undefined;
  /** Each loader attached before the flow existed → its load, started then, which the flow is given. */
  readonly #startedLoads = new WeakMap<ClerkLoader, StartedLoad>();
  /** The last state this object's listeners heard: the flow's, or the stand-in's. */
  #lastHeard: FlowState = firstFlowState;
  readonly #states = new Listeners<FlowState>();
  readonly #notices = new Listeners<FlowNotice>();
  #options: SignInFlowOptions;

  constructor(
    options: SignInFlowOptions,
    private readonly importModule: SignInFlowImport = importSignInFlow,
  ) {
    this.#options = options;
    this.#arrival = this.#import();
  }

  /** The current snapshot; a new object after every change. */
  get state(): FlowState {
    return this.#flow?.state ?? this.#standInState;
  }

  /** The flow's clock, epoch milliseconds: countdowns read it. */
  now(): number {
    return this.#flow?.now() ?? (this.#options.now ?? Date.now)();
  }

  /** Calls `listener` with every new state. Returns a function that stops it. */
  subscribe(listener: (state: FlowState) => void): () => void {
    this.#hear();
    return this.#states.add(listener);
  }

  /** Calls `listener` with every notice. Returns a function that stops it. */
  onNotice(listener: (notice: FlowNotice) => void): () => void {
    this.#hear();
    return this.#notices.add(listener);
  }

  /** See `SignInFlow.attach`. Clerk starts loading at once, even before the flow exists. */
  attach(getClerk: ClerkLoader): void {
    this.#loader = getClerk;
    const flow = this.#hear();
    if (flow) {
      flow.attach(this.#loaderForFlow(getClerk));
    } else if (!this.#startedLoads.has(getClerk)) {
      this.#startedLoads.set(getClerk, startLoad(getClerk));
    }
  }

  /** See `SignInFlow.detach`: drops every listener too. */
  detach(): void {
    this.#loader = undefined;
    this.#flow?.detach();
    this.#heard = false;
    this.#states.clear();
    this.#notices.clear();
  }

  /** See `SignInFlow.setTranslate`. */
  setTranslate(translate: SignInFlowOptions['translate']): void {
    this.#options = { ...this.#options, translate };
    if (this.#flow) this.#flow.setTranslate(translate);
    else if (this.#standInState.error) this.#showModuleLoadError();
  }

  /** See `SignInFlow.setResendDelay`. */
  setResendDelay(seconds: number): void {
    this.#options = { ...this.#options, resendDelaySeconds: seconds };
    this.#flow?.setResendDelay(seconds);
  }

  /** See `SignInFlow.lockedUntilFor`; no account is locked before the flow exists. */
  lockedUntilFor(identifier: string): number | null {
    return this.#flow?.lockedUntilFor(identifier) ?? null;
  }

  /** See `SignInFlow.passwordRules`; nothing is known of them before Clerk has loaded. */
  passwordRules(): PasswordRules {
    return this.#flow?.passwordRules() ?? { minimumLength: undefined };
  }

  /** See `SignInFlow.retryLoad`; imports the flow's module again when that is what failed (`#then`). */
  retryLoad(): Promise<void> {
    return this.#then((flow) => flow.retryLoad(), { shownBusy: false });
  }

  submitCredentials(credentials: Credentials): Promise<void> {
    return this.#then((flow) => flow.submitCredentials(credentials));
  }

  forgotPassword(identifier: string): Promise<void> {
    return this.#then((flow) => flow.forgotPassword(identifier));
  }

  submitNewPassword(choice: NewPassword): Promise<void> {
    return this.#then((flow) => flow.submitNewPassword(choice));
  }

  submitCode(code: string): Promise<void> {
    return this.#then((flow) => flow.submitCode(code));
  }

  sendCode(): Promise<void> {
    return this.#then((flow) => flow.sendCode());
  }

  chooseStrategy(strategy: CodeStrategy): Promise<void> {
    return this.#then((flow) => flow.chooseStrategy(strategy));
  }

  back(): void {
    void this.#then((flow) => flow.back(), { shownBusy: false });
  }

  completeSessionTask(): Promise<void> {
    return this.#then((flow) => flow.completeSessionTask());
  }

  signOut(): Promise<void> {
    return this.#then((flow) => flow.signOut());
  }

  /**
   * Runs `intent` on the flow: at once when it exists, else once it has arrived (after
   * the intents before it). Meanwhile the stand-in shows the intent as busy (unless
   * `shownBusy` is false), so that the step's form refuses a second submit; an intent
   * given while the module could not be loaded imports it again first, as an intent
   * given after Clerk failed to load loads Clerk again. Never rejects, as the flow's
   * intents do not: when the module cannot be loaded, the intent is dropped and the load
   * error is what is shown.
   */
  async #then(
    intent: (flow: SignInFlow) => Promise<void> | void,
    { shownBusy = true } = {},
  ): Promise<void> {
    // Before the first await: an intent given to a flow that exists runs in this task.
    const flow = this.#hear();
    if (flow) return intent(flow);
    if (this.#standInState.step === 'load-error') this.#importAgain();
    if (shownBusy && !this.#standInState.busy) this.#standIn({ ...this.#standInState, busy: true });
    const arrived = await this.#arrival;
    if (!arrived) return;
    this.#hear();
    const done = intent(arrived);
    // The flow's state replaces the stand-in's busy one, also when the flow ignored the intent.
    if (this.#lastHeard !== arrived.state) this.#hearState(arrived.state);
    await done;
  }

  /** The flow, once it exists, its states and notices heard by this object's listeners. */
  #hear(): SignInFlow | undefined {
    const flow = this.#flow;
    if (flow && !this.#heard) {
      this.#heard = true;
      flow.subscribe((state) => this.#hearState(state));
      flow.onNotice((notice) => this.#notices.notify(notice));
    }
    return flow;
  }

  /** Tells this object's listeners of `state`. */
  #hearState(state: FlowState): void {
    this.#lastHeard = state;
    this.#states.notify(state);
  }

  /** The loader `SignInFlow.attach` is given for `getClerk`: the one whose load started already, if any. */
  #loaderForFlow(getClerk: ClerkLoader): ClerkLoader {
    return this.#startedLoads.get(getClerk)?.loader ?? getClerk;
  }

  async #import(): Promise<SignInFlow | undefined> {
    try {
      const module = await this.importModule(this.#imports++);
      addLaterSignInMessages(module.laterSignInMessages);
      const flow = new module.SignInFlow(this.#options);
      this.#flow = flow;
      this.#hear();
      if (this.#loader) flow.attach(this.#loaderForFlow(this.#loader));
      return flow;
    } catch (error) {
      // A file that could not be fetched, or one of another version (a CDN's cache).
      console.error(`<clerk-mfa-sign-in>: the sign-in flow could not be loaded: ${String(error)}`);
      this.#showModuleLoadError();
      return undefined;
    }
  }

  /** Imports the module again after it failed, and loads Clerk again if that failed too. */
  #importAgain(): void {
    const loader = this.#loader;
    if (loader && this.#startedLoads.get(loader)?.failed()) {
      this.#startedLoads.set(loader, startLoad(loader));
    }
    this.#standIn(firstFlowState);
    this.#arrival = this.#import();
  }

  /** Shows the load error for a flow module that could not be fetched, in the current language. */
  #showModuleLoadError(): void {
    const first = this.#standInState.error === null;
    const code = 'clerk_load_failed';
    const error = { code, message: this.#options.translate(`clerkMfaElements.errors.${code}`) };
    this.#standIn({ ...firstFlowState, step: 'load-error', error });
    if (first) this.#notices.notify({ type: 'error', detail: { ...error, step: 'load-error' } });
  }

  /** Shows `next` while there is no flow, announcing the change of step as the flow does. */
  #standIn(next: CredentialsFlowState): void {
    const previous = this.#standInState;
    this.#standInState = next;
    this.#hearState(next);
    const change = statusChangeOf(previous, next);
    if (change) this.#notices.notify(change);
  }
}

/** A load of Clerk started before the flow existed. */
interface StartedLoad {
  /** Returns the load started, the first time; loads again after (a retry). */
  readonly loader: ClerkLoader;
  /** Whether the load started failed before the flow took it. */
  readonly failed: () => boolean;
}

/** Starts a load with `loader` now. */
function startLoad(loader: ClerkLoader): StartedLoad {
  let started: Promise<ClerkLike> | undefined = loader();
  let failed = false;
  // Whoever takes the load hears a failure; until then, it is not an unhandled rejection.
  started.catch(() => (failed = started !== undefined));
  return {
    loader: () => {
      const load = started ?? loader();
      started = undefined;
      return load;
    },
    failed: () => failed && started !== undefined,
  };
}
