/**
 * Every transition of the setup flow, as one pure function `(state, event) → state`
 * looked up in a table keyed by step: an event a step has no entry for does nothing
 * there. A transition may ask for a Clerk call (a command); the flow makes the call and
 * feeds its answer back in as another event.
 */
import type { UserFactors } from './clerk-adapter/index.js';
import { packageError } from './described-error.js';
import type { MfaSetupCommand, MfaSetupEvent } from './mfa-setup-events.js';
import { reverifyBefore, reverifyTransitions } from './mfa-setup-reverify-transitions.js';
import { submit, type SetupTransition, type Transitions } from './mfa-setup-submits.js';
import {
  addableStrategies,
  fresh,
  homeState,
  type AddableStrategy,
  type ChooseState,
  type CodesState,
  type ConfirmState,
  type MfaSetupState,
  type MfaSetupStep,
  type OverviewState,
  type PhoneCodeState,
  type PhoneNumberState,
  type ResumableState,
  type SetupError,
  type TotpState,
  type WaitingState,
} from './mfa-setup-states.js';

/** Where the user starts: the list; or, for the setup-mfa task, the one factor allowed at once. */
function home(state: MfaSetupState, factors: UserFactors | null): SetupTransition {
  const next = homeState(state, factors);
  if (next.step !== 'choose') return { state: next };
  const addable = addableStrategies(state.allowed);
  if (addable.length === 0) {
    const error: SetupError = {
      code: 'no_allowed_factor',
      key: 'clerkMfaElements.setup.errors.no_allowed_factor',
    };
    return { state: { ...next, error } };
  }
  return addable.length === 1 ? startAdding(next, addable[0]) : { state: next };
}

function startAdding(
  state: ChooseState | OverviewState,
  strategy: AddableStrategy,
): SetupTransition {
  if (strategy === 'phone_code') return { state: { ...fresh(state), step: 'phone-number' } };
  return { state: { ...state, busy: true, error: null }, command: { type: 'create-totp' } };
}

/** Back to the list as Clerk holds it now, or to the choice of a factor. */
function leave(state: MfaSetupState, error: SetupError | null = null): SetupTransition {
  if (state.mode === 'required')
    return { state: { ...fresh(state, error), step: 'choose' }, supersedes: true };
  return {
    state: { ...state, busy: true, error },
    command: { type: 'refresh', error },
    supersedes: true,
  };
}

const waitingTransitions: Transitions<WaitingState> = {
  'load-started': (state) => ({ state: { ...fresh(state), step: 'loading' } }),
  loaded: (state, event) => home({ ...state, allowed: event.allowed }, event.factors),
  'load-failed': (state) => ({
    state: { ...fresh(state, packageError('clerk_load_failed')), step: 'load-error' },
  }),
  'user-changed': (state, event) =>
    state.step === 'signed-out' && event.factors ? home(state, event.factors) : undefined,
};

const startTransitions: Transitions<ChooseState | OverviewState> = {
  'add-requested': (state, event) =>
    state.busy || !addableStrategies(state.allowed).includes(event.strategy)
      ? undefined
      : startAdding(state, event.strategy),
  'totp-created': (state, event) => ({
    state: { ...fresh(state), step: 'totp', enrolment: event.enrolment },
  }),
};

const overviewTransitions: Transitions<OverviewState> = {
  ...startTransitions,
  'confirm-requested': (state, event) =>
    state.busy
      ? undefined
      : {
          state: {
            ...fresh(state),
            step: 'confirm',
            confirmed: event.confirmed,
            factors: state.factors,
          },
        },
  'default-requested': (state, event) =>
    state.busy
      ? undefined
      : {
          state: { ...state, busy: true, error: null },
          command: { type: 'make-default', phoneId: event.phoneId },
        },
  changed: (state, event) => home({ ...state, error: event.error }, event.factors),
};

const totpTransitions: Transitions<TotpState> = {
  'code-submitted': (state, event) => submit(state, event.code, { type: 'verify-totp' }),
  'totp-verified': (state, event) => ({
    state: { ...fresh(state), step: 'enrolled', strategy: 'totp', codes: event.codes ?? [] },
  }),
  back: (state) => leave(state),
  changed: (state, event) => home({ ...state, error: event.error }, event.factors),
};

const phoneNumberTransitions: Transitions<PhoneNumberState> = {
  'phone-submitted': (state, event) => {
    if (state.busy) return undefined;
    const phoneNumber = event.phoneNumber.trim();
    if (!phoneNumber) {
      const error: SetupError = {
        code: 'phone_required',
        key: 'clerkMfaElements.setup.errors.phone_required',
      };
      return { state: { ...state, error } };
    }
    return {
      state: { ...state, busy: true, error: null },
      command: { type: 'add-phone', phoneNumber },
    };
  },
  'phone-code-sent': (state, event) => ({
    state: {
      ...fresh(state),
      step: 'phone-code',
      phoneId: event.phoneId,
      phoneNumber: event.phoneNumber,
      hadBackupCodes: event.hadBackupCodes,
    },
  }),
  back: (state) => leave(state),
  changed: (state, event) => home({ ...state, error: event.error }, event.factors),
};

const phoneCodeTransitions: Transitions<PhoneCodeState> = {
  'code-submitted': (state, event) =>
    submit(state, event.code, { type: 'verify-phone', phoneId: state.phoneId }),
  'resend-requested': (state) =>
    state.busy
      ? undefined
      : {
          state: { ...state, busy: true, error: null },
          command: { type: 'resend-phone-code', phoneId: state.phoneId },
        },
  'phone-code-sent': (state) => ({ state: { ...state, busy: false } }),
  'phone-verified': (state) =>
    state.allowed.backupCode && !state.hadBackupCodes
      ? { state, command: { type: 'create-backup-codes', strategy: 'phone_code' } }
      : { state: { ...fresh(state), step: 'enrolled', strategy: 'phone_code', codes: [] } },
  'codes-created': (state, event) => ({
    state: { ...fresh(state), step: 'enrolled', strategy: 'phone_code', codes: event.codes },
  }),
  back: (state) => ({ state: { ...fresh(state), step: 'phone-number' }, supersedes: true }),
};

const codesTransitions: Transitions<CodesState> = {
  done: (state) =>
    state.mode === 'required' ? { state: { ...fresh(state), step: 'complete' } } : leave(state),
  changed: (state, event) => home({ ...state, error: event.error }, event.factors),
};

const confirmTransitions: Transitions<ConfirmState> = {
  confirmed: (state) => {
    if (state.busy) return undefined;
    const { confirmed } = state;
    const command: MfaSetupCommand =
      confirmed.type === 'remove-totp'
        ? { type: 'disable-totp' }
        : confirmed.type === 'remove-phone'
          ? { type: 'remove-phone', phoneId: confirmed.phoneId }
          : { type: 'create-backup-codes', strategy: null };
    return { state: { ...state, busy: true, error: null }, command };
  },
  changed: (state, event) => home({ ...state, error: event.error }, event.factors),
  'codes-created': (state, event) => ({
    state: { ...fresh(state), step: 'backup-codes', strategy: null, codes: event.codes },
  }),
  back: (state) => ({
    state: { ...fresh(state), step: 'overview', factors: state.factors },
    supersedes: true,
  }),
};

/** Transitions that are the same in every step. */
const everyStep: Transitions<MfaSetupState> = {
  failed: (state, event) => {
    const { outcome, command } = event.failure;
    if (outcome.kind === 'refresh') return leave(state, outcome.error);
    if (outcome.kind === 'stay' || state.step === 'reverify' || !isResumable(state)) {
      const error = outcome.kind === 'stay' ? outcome.error : packageError('unknown_error');
      return { state: { ...state, busy: false, error } };
    }
    return reverifyBefore(state, command);
  },
  'user-changed': (state, event) =>
    event.factors === null
      ? { state: { ...fresh(state), step: 'signed-out' }, supersedes: true }
      : undefined,
};

const resumableSteps: ReadonlySet<MfaSetupStep> = new Set([
  'choose',
  'overview',
  'totp',
  'phone-number',
  'phone-code',
  'enrolled',
  'backup-codes',
  'confirm',
]);

function isResumable(state: MfaSetupState): state is ResumableState {
  return resumableSteps.has(state.step);
}

const transitionsByStep: {
  readonly [Step in MfaSetupStep]: Transitions<Extract<MfaSetupState, { step: Step }>>;
} = {
  loading: waitingTransitions,
  'signed-out': waitingTransitions,
  'load-error': waitingTransitions,
  choose: startTransitions,
  overview: overviewTransitions,
  totp: totpTransitions,
  'phone-number': phoneNumberTransitions,
  'phone-code': phoneCodeTransitions,
  enrolled: codesTransitions,
  'backup-codes': codesTransitions,
  confirm: confirmTransitions,
  reverify: reverifyTransitions,
  complete: {},
};

/** The transition of `event` in `state`, or undefined when it does nothing there. */
export type { SetupTransition };

export function setupTransition(
  state: MfaSetupState,
  event: MfaSetupEvent,
): SetupTransition | undefined {
  type Handler = (state: MfaSetupState, event: MfaSetupEvent) => SetupTransition | undefined;
  const ofStep = transitionsByStep[state.step] as Transitions<MfaSetupState>;
  const handler = (ofStep[event.type] ?? everyStep[event.type]) as Handler | undefined;
  return handler?.(state, event);
}
