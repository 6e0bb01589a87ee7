import type { AccountService, SignedIn } from '../domain/account-service.js';
import { fapiErrors } from '../domain/errors.js';
import type { FapiCall, FapiResult, FapiRoute } from './fapi-routes.js';
import type { FapiJson } from './serializers.js';

/**
 * The `/v1/me…` endpoints clerk-js calls for a signed-in user (pending sessions included) to
 * manage second factors: the user, the authenticator app, backup codes and phone numbers.
 * Each answers `{ response, client }`; the client carries the sessions as they stand after the
 * change (a `setup-mfa` task done makes the session active in that very answer).
 */
export function accountRoutes(account: AccountService): FapiRoute[] {
  const route = (
    method: FapiRoute['method'],
    path: string,
    description: string,
    handler: (call: FapiCall, signedIn: SignedIn) => FapiJson,
  ): FapiRoute => ({
    area: 'fapi',
    method,
    path,
    description,
    handler: (call): FapiResult => {
      const signedIn = account.signedIn(
        call.client.current,
        call.request.query.get('_clerk_session_id') || undefined,
      );
      const response = handler(call, signedIn);
      return { status: 200, body: call.serializer.envelope(response, call.client.current) };
    },
  });
  const phoneNumberId = (call: FapiCall): string => call.params.phoneNumberId ?? '';
  const phone = '/v1/me/phone_numbers/{phoneNumberId}';

  return [
    route('GET', '/v1/me', 'The signed-in user.', (call, { user }) => call.serializer.user(user)),
    route(
      'POST',
      '/v1/me/totp',
      'Starts an authenticator app: a new secret and otpauth:// URI (sensitive: reverification).',
      (call, signedIn) =>
        call.serializer.totp(signedIn.user, account.createTotp(signedIn), {
          verified: false,
          backupCodes: null,
        }),
    ),
    route(
      'POST',
      '/v1/me/totp/attempt_verification',
      'Verifies the new authenticator app with a code; the first second factor also makes backup codes.',
      (call, signedIn) => {
        const { resource, backupCodes } = account.verifyTotp(signedIn, formField(call, 'code'));
        return call.serializer.totp(signedIn.user, resource, { verified: true, backupCodes });
      },
    ),
    route(
      'DELETE',
      '/v1/me/totp',
      'Removes the authenticator app (sensitive: reverification).',
      (call, signedIn) => {
        account.deleteTotp(signedIn);
        return call.serializer.deletedObject('totp');
      },
    ),
    route(
      'POST',
      '/v1/me/backup_codes',
      'A new set of backup codes, replacing the old one (sensitive: reverification).',
      (call, signedIn) =>
        call.serializer.backupCodes(signedIn.user, account.createBackupCodes(signedIn)),
    ),
    route(
      'POST',
      '/v1/me/phone_numbers',
      'Adds an unverified phone number: phone_number, reserved_for_second_factor? (sensitive: reverification).',
      (call, signedIn) => {
        const reserved = booleanField(call, 'reserved_for_second_factor');
        const created = account.createPhoneNumber(signedIn, {
          phoneNumber: formField(call, 'phone_number'),
          ...(reserved !== undefined ? { reservedForSecondFactor: reserved } : {}),
        });
        return call.serializer.phoneNumber(signedIn.user, created);
      },
    ),
    route('GET', phone, 'One phone number of the user.', (call, signedIn) =>
      call.serializer.phoneNumber(
        signedIn.user,
        account.phoneNumber(signedIn, phoneNumberId(call)),
      ),
    ),
    route(
      'POST',
      `${phone}/prepare_verification`,
      'Texts a verification code to the phone number (to the outbox).',
      (call, signedIn) =>
        call.serializer.phoneNumber(
          signedIn.user,
          account.preparePhoneVerification(
            signedIn,
            phoneNumberId(call),
            formField(call, 'strategy'),
          ),
        ),
    ),
    route(
      'POST',
      `${phone}/attempt_verification`,
      'Verifies the phone number with the texted code.',
      (call, signedIn) => {
        const { resource, backupCodes } = account.attemptPhoneVerification(
          signedIn,
          phoneNumberId(call),
          formField(call, 'code'),
        );
        return call.serializer.phoneNumber(signedIn.user, resource, backupCodes);
      },
    ),
    route(
      'PATCH',
      phone,
      'Reserves the phone number for the second step or makes it the default: reserved_for_second_factor, default_second_factor (sensitive: reverification).',
      (call, signedIn) => {
        const reserved = booleanField(call, 'reserved_for_second_factor');
        const isDefault = booleanField(call, 'default_second_factor');
        const { resource, backupCodes } = account.updatePhoneNumber(signedIn, phoneNumberId(call), {
          ...(reserved !== undefined ? { reservedForSecondFactor: reserved } : {}),
          ...(isDefault !== undefined ? { defaultSecondFactor: isDefault } : {}),
        });
        return call.serializer.phoneNumber(signedIn.user, resource, backupCodes);
      },
    ),
    route(
      'DELETE',
      phone,
      'Removes the phone number (sensitive: reverification).',
      (call, signedIn) => {
        const id = phoneNumberId(call);
        account.deletePhoneNumber(signedIn, id);
        return call.serializer.deletedObject('phone_number', id);
      },
    ),
  ];
}

/** A form field, or undefined when it is absent or empty (Clerk treats both alike). */
function formField(call: FapiCall, name: string): string | undefined {
  return call.request.form[name] || undefined;
}

/** A boolean form field (`true` / `false`, as clerk-js sends them); undefined when absent. */
function booleanField(call: FapiCall, name: string): boolean | undefined {
  const value = formField(call, name);
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw fapiErrors.formParamFormatInvalid(name, `${name} must be true or false.`);
}
