import { fapiErrors } from '../domain/errors.js';
import type { SessionReverification, Session } from '../domain/model.js';
import type {
  ReverificationCommand,
  ReverificationService,
} from '../domain/reverification-service.js';
import type { SessionService } from '../domain/session-service.js';
import type { FapiCall, FapiResult, FapiRoute } from './fapi-routes.js';

/**
 * The reverification endpoints of a signed-in session (clerk-js `session.startVerification`,
 * `prepare…Verification`, `attempt…Verification`), each answering
 * `{ response: session_reverification, client }`.
 */
export function reverificationRoutes(
  sessions: SessionService,
  reverification: ReverificationService,
): FapiRoute[] {
  const route = (
    action: string,
    description: string,
    run: (session: Session, call: FapiCall) => SessionReverification,
  ): FapiRoute => ({
    area: 'fapi',
    method: 'POST',
    path: `/v1/client/sessions/{sessionId}/verify${action}`,
    description,
    rateLimited: true,
    handler: (call): FapiResult => {
      const sessionId = call.params.sessionId ?? '';
      const client = call.client.current;
      if (!client) throw fapiErrors.sessionNotFound(sessionId);
      const session = sessions.find(client, sessionId);
      if (session.status !== 'active') throw fapiErrors.authenticationInvalid();
      const result = run(session, call);
      return {
        status: 200,
        body: call.serializer.envelope(
          call.serializer.sessionReverification(session, result),
          client,
        ),
      };
    },
  });

  return [
    route(
      '',
      'Starts a reverification of the session: level (first_factor, second_factor, multi_factor).',
      (session, call) => reverification.start(session, formField(call, 'level')),
    ),
    route(
      '/prepare_first_factor',
      'Reverification: e-mails a code (email_code).',
      (session, call) => reverification.prepareFirstFactor(session, command(call)),
    ),
    route(
      '/attempt_first_factor',
      'Reverification: the password or the e-mailed code.',
      (session, call) => reverification.attemptFirstFactor(session, command(call)),
    ),
    route('/prepare_second_factor', 'Reverification: texts a phone_code.', (session, call) =>
      reverification.prepareSecondFactor(session, command(call)),
    ),
    route(
      '/attempt_second_factor',
      'Reverification: a TOTP, backup or SMS code; renews the session verification.',
      (session, call) => reverification.attemptSecondFactor(session, command(call)),
    ),
  ];
}

/** A form field, or undefined when it is absent or empty (Clerk treats both alike). */
function formField(call: FapiCall, name: string): string | undefined {
  return call.request.form[name] || undefined;
}

function command(call: FapiCall): ReverificationCommand {
  return {
    strategy: formField(call, 'strategy'),
    code: formField(call, 'code'),
    password: formField(call, 'password'),
    emailAddressId: formField(call, 'email_address_id'),
    phoneNumberId: formField(call, 'phone_number_id'),
  };
}
