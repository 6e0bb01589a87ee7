/**
 * What the setup flow's transitions share: their types, and how a typed code or password
 * is checked before it is sent (a code that cannot be right is refused without a request).
 */
import { fieldError } from './described-error.js';
import type { MachineTransition } from './flow-machine.js';
import type { MfaSetupCommand, MfaSetupEvent, TypedShape } from './mfa-setup-events.js';
import type { MfaSetupState, ReverifyStrategy, SetupError } from './mfa-setup-states.js';

export type SetupTransition = MachineTransition<MfaSetupState, MfaSetupCommand>;

export type EventOf<Type extends MfaSetupEvent['type']> = Extract<MfaSetupEvent, { type: Type }>;

export type Transitions<State extends MfaSetupState> = {
  readonly [Type in MfaSetupEvent['type']]?: (
    state: State,
    event: EventOf<Type>,
  ) => SetupTransition | undefined;
};

function codeError(shape: TypedShape, strategy: ReverifyStrategy | 'code'): SetupError | null {
  if (shape === 'plausible') return null;
  if (strategy === 'password') return fieldError('password_required', 'password');
  if (shape === 'missing') return fieldError('code_required', 'code');
  return strategy === 'backup_code'
    ? fieldError('backup_code_format', 'code')
    : fieldError('code_length', 'code');
}

/** Sends a typed code with `command`, unless it cannot be right. */
export function submit<State extends MfaSetupState>(
  state: State,
  shape: TypedShape,
  command: MfaSetupCommand,
  strategy: ReverifyStrategy | 'code' = 'code',
): SetupTransition | undefined {
  if (state.busy) return undefined;
  const error = codeError(shape, strategy);
  if (error) return { state: { ...state, error } };
  return { state: { ...state, busy: true, error: null }, command };
}
