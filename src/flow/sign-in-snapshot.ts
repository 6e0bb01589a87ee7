/**
 * The projection of the sign-in's own state (`states.ts`) to the public `FlowState`
 * snapshot that elements render, and the status-change notice between two snapshots.
 */
import type { DescribedError } from './described-error.js';
import { lockedUntil } from './locks.js';
import type { SignInState } from './states.js';
import type { FlowError, FlowNotice, FlowState } from './types.js';

/** The factors of every step but the code step: one array, so that snapshots compare equal. */
const noFactors: readonly [] = Object.freeze<[]>([]);

/** The public snapshot of `state`, its error translated by `translateError`. */
export function snapshotOf(
  state: SignInState,
  translateError: (error: DescribedError) => FlowError,
): FlowState {
  const common = {
    busy: state.busy,
    error: state.error && translateError(state.error),
    lockedUntil: lockedUntil(state.locks, state.identifier),
    identifier: state.identifier,
  };
  const none = { strategy: null, factors: noFactors, resendAvailableAt: null };
  switch (state.step) {
    case 'second-factor':
    case 'client-trust':
    case 'reset-code':
      return {
        step: state.step,
        status: state.status,
        strategy: state.strategy,
        factors: state.factors,
        resendAvailableAt: state.sentCodes.get(state.strategy) ?? null,
        ...common,
        user: null,
      };
    case 'signed-in':
    case 'complete':
      return { step: state.step, status: state.status, ...none, ...common, user: state.user };
    case 'setup-mfa':
    case 'session-task':
      return { step: state.step, status: state.status, ...none, ...common, user: state.user };
    case 'new-password': {
      const { purpose } = state;
      const user = purpose.kind === 'task' ? purpose.user : null;
      return { step: state.step, status: state.status, ...none, ...common, user };
    }
    case 'unsupported':
      return { step: state.step, status: state.status, ...none, ...common, user: null };
    default:
      return { step: state.step, status: null, ...none, ...common, user: null };
  }
}

/** The status-change notice between two snapshots: when the step, status or strategy changed. */
export function statusChangeOf(previous: FlowState, next: FlowState): FlowNotice | null {
  if (
    next.step === previous.step &&
    next.status === previous.status &&
    next.strategy === previous.strategy
  ) {
    return null;
  }
  return {
    type: 'status-change',
    detail: {
      step: next.step,
      previousStep: previous.step,
      status: next.status,
      previousStatus: previous.status,
      strategy: next.strategy,
      factors: next.factors,
    },
  };
}
