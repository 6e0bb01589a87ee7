/**
 * The Clerk call each command of the setup flow's transitions makes, and what its
 * answer makes happen: an event for the transitions and, for some, a notice after it.
 */
import {
  addPhoneNumber,
  attemptReverification,
  createBackupCodes,
  createTotp,
  disableTotp,
  makePhoneNumberDefault,
  removePhoneNumber,
  resendPhoneCode,
  sendReverificationCode,
  startReverification,
  userFactorsOf,
  verifyPhoneNumber,
  verifyTotp,
  type ClerkResult,
  type MfaClerkLike,
  type VerificationFactorLike,
} from './clerk-adapter/index.js';
import type { Answered, MachineCall } from './flow-machine.js';
import type { MfaSetupCommand, MfaSetupEvent, MfaSetupNotice } from './mfa-setup-events.js';

/** A Clerk call of the setup flow, ready to run; the command is what failed, for the error policy. */
export type SetupCall = MachineCall<MfaSetupCommand, MfaSetupEvent, MfaSetupNotice>;

type SetupAnswered = Answered<MfaSetupEvent, MfaSetupNotice>;

/** The secrets an intent hands to the call it starts, and to nothing else. */
export interface SetupSecrets {
  readonly code?: string;
  readonly password?: string;
}

/** What the calls need from the flow. */
export interface SetupCallContext {
  readonly clerk: MfaClerkLike | null;
  /** The phone number a reverification sends its SMS code to, while one is asked for. */
  readonly reverificationPhone: () => VerificationFactorLike | undefined;
}

/** The call that carries out `command`. */
export function setupCallFor(
  command: MfaSetupCommand,
  secrets: SetupSecrets,
  context: SetupCallContext,
): SetupCall {
  const call = answerOf(command, secrets);
  return {
    action: command,
    call: async () => {
      const clerk = context.clerk;
      return clerk ? call(clerk, context) : null;
    },
  };
}

type Answer = (
  clerk: MfaClerkLike,
  context: SetupCallContext,
) => Promise<ClerkResult<SetupAnswered>>;

function answerOf(command: MfaSetupCommand, secrets: SetupSecrets): Answer {
  const code = secrets.code ?? '';
  switch (command.type) {
    case 'create-totp':
      return async (clerk) =>
        answered(await createTotp(clerk), (enrolment) => ({
          event: { type: 'totp-created', enrolment },
        }));
    case 'verify-totp':
      return async (clerk) =>
        answered(await verifyTotp(clerk, code), (codes) => ({
          event: { type: 'totp-verified', codes },
          notice: { type: 'factor-added', strategy: 'totp' },
        }));
    case 'disable-totp':
      return async (clerk) =>
        answered(await disableTotp(clerk), () => ({
          event: { type: 'changed', factors: userFactorsOf(clerk), error: null },
          notice: { type: 'factor-removed', strategy: 'totp' },
        }));
    case 'add-phone':
      return async (clerk) =>
        answered(await addPhoneNumber(clerk, command.phoneNumber), (phoneId) => ({
          event: {
            type: 'phone-code-sent',
            phoneId,
            phoneNumber: command.phoneNumber,
            hadBackupCodes: userFactorsOf(clerk)?.backupCode ?? false,
          },
        }));
    case 'resend-phone-code':
      return async (clerk) =>
        answered(await resendPhoneCode(clerk, command.phoneId), () => ({
          event: {
            type: 'phone-code-sent',
            phoneId: command.phoneId,
            phoneNumber: '',
            hadBackupCodes: false,
          },
        }));
    case 'verify-phone':
      return async (clerk) =>
        answered(await verifyPhoneNumber(clerk, command.phoneId, code), () => ({
          event: { type: 'phone-verified' },
          notice: { type: 'factor-added', strategy: 'phone_code' },
        }));
    case 'make-default':
      return async (clerk) =>
        answered(await makePhoneNumberDefault(clerk, command.phoneId), () => ({
          event: { type: 'changed', factors: userFactorsOf(clerk), error: null },
        }));
    case 'remove-phone':
      return async (clerk) =>
        answered(await removePhoneNumber(clerk, command.phoneId), () => ({
          event: { type: 'changed', factors: userFactorsOf(clerk), error: null },
          notice: { type: 'factor-removed', strategy: 'phone_code' },
        }));
    case 'create-backup-codes':
      return async (clerk) =>
        answered(await createBackupCodes(clerk), (codes) => ({
          event: { type: 'codes-created', codes, strategy: command.strategy },
        }));
    case 'start-reverification':
      return async (clerk) =>
        answered(await startReverification(clerk), (verification) => ({
          event: { type: 'reverification-answered', verification },
        }));
    case 'send-reverification-code':
      return async (clerk, context) =>
        answered(
          await sendReverificationCode(
            clerk,
            context.reverificationPhone() ?? { strategy: 'phone_code' },
          ),
          () => ({ event: { type: 'reverification-code-sent' } }),
        );
    case 'attempt-reverification': {
      const { strategy } = command;
      const attempt =
        strategy === 'password'
          ? { strategy, password: secrets.password ?? '' }
          : { strategy, code };
      return async (clerk) =>
        answered(await attemptReverification(clerk, attempt), (verification) => ({
          event: { type: 'reverification-answered', verification },
        }));
    }
    case 'refresh': {
      const { error } = command;
      return (clerk) =>
        Promise.resolve({
          ok: true,
          value: { event: { type: 'changed', factors: userFactorsOf(clerk), error } },
        });
    }
  }
}

function answered<Value>(
  result: ClerkResult<Value>,
  answer: (value: Value) => SetupAnswered,
): ClerkResult<SetupAnswered> {
  return result.ok ? { ok: true, value: answer(result.value) } : result;
}
