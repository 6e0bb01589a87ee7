/**
 * The transitions of a reverification: Clerk asked for a recent verification before an
 * action, so the user gives the password or a second factor, and then the action is made
 * again, or (when it sent what the user typed) the user is back where they were.
 */
import { commandsWithSecrets, type MfaSetupCommand } from './mfa-setup-events.js';
import {
  fresh,
  type ResumableState,
  type ReverifyState,
  type ReverifyStrategy,
  type SetupError,
} from './mfa-setup-states.js';
import { submit, type SetupTransition, type Transitions } from './mfa-setup-submits.js';

/** Asks for a reverification before `command`, made again afterwards unless it sent what was typed. */
export function reverifyBefore(state: ResumableState, command: MfaSetupCommand): SetupTransition {
  const reverify: ReverifyState = {
    ...fresh(state),
    step: 'reverify',
    busy: true,
    strategy: 'password',
    factors: [],
    resume: { ...state, busy: false, error: null },
    retry: commandsWithSecrets.has(command.type) ? null : command,
  };
  return { state: reverify, command: { type: 'start-reverification' } };
}

/** The strategies a reverification can take for its second factor, in the order offered. */
const reverifyOrder: readonly ReverifyStrategy[] = ['totp', 'phone_code', 'backup_code'];

export const reverifyTransitions: Transitions<ReverifyState> = {
  'reverification-answered': (state, event) => {
    const { verification } = event;
    if (verification.status === 'complete') {
      const resumed = { ...state.resume, busy: state.retry !== null, error: null };
      return state.retry ? { state: resumed, command: state.retry } : { state: resumed };
    }
    if (verification.status === 'needs_first_factor') {
      const password = verification.supportedFirstFactors?.some((f) => f.strategy === 'password');
      const error: SetupError | null = password
        ? null
        : { code: 'no_available_methods', key: 'reverification.noAvailableMethods.message' };
      return { state: { ...state, busy: false, error, strategy: 'password', factors: [] } };
    }
    const factors = (verification.supportedSecondFactors ?? []).filter((factor) =>
      reverifyOrder.includes(factor.strategy as ReverifyStrategy),
    );
    const strategy = reverifyOrder.find((known) => factors.some((f) => f.strategy === known));
    if (!strategy) {
      const error: SetupError = {
        code: 'no_available_methods',
        key: 'reverification.noAvailableMethods.message',
      };
      return { state: { ...state, busy: false, error, factors } };
    }
    const next = { ...state, error: null, strategy, factors };
    return strategy === 'phone_code'
      ? { state: { ...next, busy: true }, command: { type: 'send-reverification-code' } }
      : { state: { ...next, busy: false } };
  },
  'reverify-submitted': (state, event) =>
    submit(
      state,
      event.secret,
      { type: 'attempt-reverification', strategy: state.strategy },
      state.strategy,
    ),
  'reverify-strategy-chosen': (state, event) => {
    const { strategy } = event;
    if (state.busy || strategy === state.strategy) return undefined;
    if (!state.factors.some((factor) => factor.strategy === strategy)) return undefined;
    const next = { ...state, strategy, error: null };
    return strategy === 'phone_code'
      ? { state: { ...next, busy: true }, command: { type: 'send-reverification-code' } }
      : { state: next };
  },
  'reverification-code-sent': (state) => ({ state: { ...state, busy: false } }),
  back: (state) => ({ state: { ...state.resume, busy: false, error: null }, supersedes: true }),
};
