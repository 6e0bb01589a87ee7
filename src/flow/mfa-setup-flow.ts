/**
 * The state machine of setting up and managing second factors: the authenticator app
 * (its QR code and key, then its first code), phone numbers for SMS codes (the number,
 * then the code sent to it), backup codes (shown once), removing and regenerating with a
 * confirmation, and the reverification Clerk may ask for before any of it. Pure
 * TypeScript, no DOM: `<clerk-mfa-setup>` renders its state and turns its notices into
 * DOM events; in `required` mode it is the sign-in's setup-mfa task.
 *
 * This class is the lifecycle around the pure parts (`mfa-setup-transitions.ts`,
 * `mfa-setup-states.ts`, `mfa-setup-error-policy.ts`): it loads Clerk, turns intents
 * into events, and through its `FlowMachine` base makes the calls the transitions ask
 * for (`mfa-setup-calls.ts`). Codes and passwords live only in the call that sends them.
 */
import type { Translate } from '../messages.js';
import { allowedFactorsOf, userFactorsOf, type MfaClerkLike } from './clerk-adapter/index.js';
import { ClerkConnection, type ClerkLoader } from './clerk-connection.js';
import type { ClerkFailure } from './clerk-errors.js';
import { clockOf } from './clock.js';
import { codeShape, normalizeCode } from './codes.js';
import type { DescribedError } from './described-error.js';
import { FlowMachine, type MachineCall } from './flow-machine.js';
import { setupCallFor, type SetupSecrets } from './mfa-setup-calls.js';
import { mfaSetupOutcome } from './mfa-setup-error-policy.js';
import type { MfaSetupCommand, MfaSetupEvent, MfaSetupNotice } from './mfa-setup-events.js';
import {
  initialSetupState,
  setupSnapshotOf,
  type AddableStrategy,
  type Confirmed,
  type MfaSetupSnapshot,
  type MfaSetupState,
  type ReverifyStrategy,
  type SetupMessageKey,
  type SetupMode,
} from './mfa-setup-states.js';
import { setupTransition, type SetupTransition } from './mfa-setup-transitions.js';
import type { FlowError } from './types.js';

export interface MfaSetupFlowOptions {
  /** Produces every message the flow puts in its state and notices. */
  readonly translate: Translate<SetupMessageKey>;
  /** `required`: the sign-in's setup-mfa task; `manage`: a signed-in user's second factors. */
  readonly mode: SetupMode;
}

export class MfaSetupFlow extends FlowMachine<
  MfaSetupState,
  MfaSetupEvent,
  MfaSetupCommand,
  SetupSecrets,
  MfaSetupCommand,
  MfaSetupSnapshot,
  MfaSetupNotice,
  SetupMessageKey
> {
  readonly #connection = new ClerkConnection();
  #stopFollowing: (() => void) | null = null;

  constructor(options: MfaSetupFlowOptions) {
    super(initialSetupState(options.mode), options.translate, clockOf({}));
  }

  /** Starts loading Clerk with `getClerk`; the same loader again resumes without loading. */
  attach(getClerk: ClerkLoader): void {
    if (this.#connection.uses(getClerk)) {
      this.#follow();
      return;
    }
    this.#connection.replace(getClerk);
    void this.#load();
  }

  /** Stops hearing Clerk and drops every listener; the state stays. */
  detach(): void {
    this.#stopFollowing?.();
    this.#stopFollowing = null;
    this.dropListeners();
  }

  /** Loads Clerk again after it failed to load. */
  async retryLoad(): Promise<void> {
    if (this.current.step === 'load-error') await this.#load();
  }

  /** Starts adding a second factor: the authenticator app, or a phone number for SMS codes. */
  addFactor(strategy: AddableStrategy): Promise<void> {
    return this.#run({ type: 'add-requested', strategy });
  }

  /** Verifies the code of the authenticator app or of the phone number being added. */
  submitCode(code: string): Promise<void> {
    const normalized = normalizeCode('totp', code);
    const accepted = this.dispatch({ type: 'code-submitted', code: codeShape('totp', normalized) });
    return this.execute(accepted?.command, { code: normalized });
  }

  /** Adds a phone number and sends it a verification code. */
  submitPhoneNumber(phoneNumber: string): Promise<void> {
    return this.#run({ type: 'phone-submitted', phoneNumber });
  }

  /** Sends the phone number's code again. */
  resendCode(): Promise<void> {
    return this.#run({ type: 'resend-requested' });
  }

  /** Asks to confirm removing the authenticator app or a phone number, or regenerating backup codes. */
  requestConfirmation(confirmed: Confirmed): Promise<void> {
    return this.#run({ type: 'confirm-requested', confirmed });
  }

  /** Does what the user was asked to confirm. */
  confirm(): Promise<void> {
    return this.#run({ type: 'confirmed' });
  }

  /** Makes a phone number the default second factor. */
  makeDefault(phoneId: string): Promise<void> {
    return this.#run({ type: 'default-requested', phoneId });
  }

  /** Leaves the current step for the one before it (cancel). */
  back(): Promise<void> {
    return this.#run({ type: 'back' });
  }

  /** Goes on from the backup codes: the list again, or the setup-mfa task done. */
  done(): Promise<void> {
    return this.#run({ type: 'done' });
  }

  /** Answers a reverification with the password or a second factor's code. */
  submitReverification(secret: string): Promise<void> {
    const state = this.current;
    if (state.step !== 'reverify') return Promise.resolve();
    const { strategy } = state;
    if (strategy === 'password') {
      const accepted = this.dispatch({
        type: 'reverify-submitted',
        secret: secret === '' ? 'missing' : 'plausible',
      });
      return this.execute(accepted?.command, { password: secret });
    }
    const normalized = normalizeCode(strategy, secret);
    const shape = codeShape(strategy, normalized);
    const accepted = this.dispatch({ type: 'reverify-submitted', secret: shape });
    return this.execute(accepted?.command, { code: normalized });
  }

  /** Answers a reverification another way. */
  chooseReverificationStrategy(strategy: ReverifyStrategy): Promise<void> {
    return this.#run({ type: 'reverify-strategy-chosen', strategy });
  }

  protected override transitionOf(
    state: MfaSetupState,
    event: MfaSetupEvent,
  ): SetupTransition | undefined {
    return setupTransition(state, event);
  }

  protected override snapshotOf(
    state: MfaSetupState,
    translateError: (error: DescribedError<SetupMessageKey>) => FlowError,
  ): MfaSetupSnapshot {
    return setupSnapshotOf(state, translateError);
  }

  protected override changeNoticeOf(
    previous: MfaSetupSnapshot,
    next: MfaSetupSnapshot,
  ): MfaSetupNotice | null {
    return previous.step === next.step
      ? null
      : { type: 'status-change', step: next.step, previousStep: previous.step };
  }

  protected override errorNoticeOf(error: FlowError, state: MfaSetupState): MfaSetupNotice {
    return { type: 'error', code: error.code, message: error.message, step: state.step };
  }

  protected override callFor(
    command: MfaSetupCommand,
    secrets: SetupSecrets | undefined,
  ): MachineCall<MfaSetupCommand, MfaSetupEvent, MfaSetupNotice> {
    return setupCallFor(command, secrets ?? {}, {
      clerk: this.#connection.clerk as MfaClerkLike | null,
      reverificationPhone: () => {
        const state = this.current;
        return state.step === 'reverify'
          ? state.factors.find((factor) => factor.strategy === 'phone_code')
          : undefined;
      },
    });
  }

  protected override failedEventOf(failure: ClerkFailure, command: MfaSetupCommand): MfaSetupEvent {
    return { type: 'failed', failure: { outcome: mfaSetupOutcome(failure, command), command } };
  }

  /** Announces backup codes as they are shown (their number only) and the task done. */
  protected override afterTransition(previous: MfaSetupState): void {
    const state = this.current;
    if (state === previous || state.step === previous.step) return;
    if ((state.step === 'enrolled' || state.step === 'backup-codes') && state.codes.length > 0) {
      this.emit({ type: 'backup-codes-created', count: state.codes.length });
    }
    if (state.step === 'complete') this.emit({ type: 'setup-complete' });
  }

  #run(event: MfaSetupEvent): Promise<void> {
    return this.execute(this.dispatch(event)?.command);
  }

  /** Hears clerk-js's changes of user (a sign-out, another tab) while attached. */
  #follow(): void {
    const clerk = this.#connection.clerk as MfaClerkLike | null;
    if (!clerk?.addListener || this.#stopFollowing) return;
    let userId = clerk.user?.id ?? null;
    this.#stopFollowing = clerk.addListener(() => {
      const now = clerk.user?.id ?? null;
      if (now === userId) return;
      userId = now;
      void this.#run({ type: 'user-changed', factors: userFactorsOf(clerk) });
    });
  }

  #load(): Promise<unknown> {
    this.dispatch({ type: 'load-started' });
    return this.#connection.load((loaded) => {
      if (!loaded) {
        this.dispatch({ type: 'load-failed' });
        return;
      }
      const clerk = loaded as MfaClerkLike;
      this.emit({ type: 'ready' });
      void this.#run({
        type: 'loaded',
        allowed: allowedFactorsOf(clerk),
        factors: userFactorsOf(clerk),
      });
      this.#follow();
    });
  }
}
