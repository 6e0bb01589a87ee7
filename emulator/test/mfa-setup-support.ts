/**
 * Helpers of the tests of second-factor management (`/v1/me…`), pending sessions and
 * reverification: a signed-in browser, the JSON shapes those tests read, and the calls
 * clerk-js makes for them.
 */
import assert from 'node:assert/strict';
import type { RunningEmulatorServer } from '../src/index.js';
import { FapiTestClient, resource, type FapiTestResponse } from './http-test-client.js';

/** The demo user without any second factor, for the "MFA required" case. */
export const ENROLLING_USER = 'nomfa@example.com';

/** The fields of a session the tests read. */
export interface SessionJson {
  readonly id: string;
  readonly status: string;
  readonly tasks: readonly { readonly key: string }[] | null;
  readonly factor_verification_age: readonly number[];
  readonly last_active_token: { readonly jwt: string } | null;
  readonly user: UserJson;
}

/** The fields of a user the tests read. */
export interface UserJson {
  readonly id: string;
  readonly two_factor_enabled: boolean;
  readonly totp_enabled: boolean;
  readonly backup_code_enabled: boolean;
  readonly primary_phone_number_id: string | null;
  readonly phone_numbers: readonly PhoneNumberJson[];
  readonly mfa_enabled_at: number | null;
}

/** The fields of a phone number the tests read. */
export interface PhoneNumberJson {
  readonly object: string;
  readonly id: string;
  readonly phone_number: string;
  readonly reserved_for_second_factor: boolean;
  readonly default_second_factor: boolean;
  readonly verification: { readonly status: string; readonly strategy: string } | null;
  readonly backup_codes?: readonly string[];
}

/** The fields of a TOTP resource the tests read. */
export interface TotpJson {
  readonly object: string;
  readonly id: string;
  readonly secret: string | null;
  readonly uri: string | null;
  readonly verified: boolean;
  readonly backup_codes: readonly string[] | null;
}

/** The fields of a client the tests read. */
export interface ClientJson {
  readonly sessions: readonly SessionJson[];
  readonly last_active_session_id: string | null;
}

/** `{ response, client }` of the `/v1/me…` endpoints, typed as the test expects. */
export function envelopeOf<T>(response: FapiTestResponse): { response: T; client: ClientJson } {
  assert.equal(
    response.status,
    200,
    `expected 200, got ${response.status} ${JSON.stringify(response.body)}`,
  );
  return response.body as unknown as { response: T; client: ClientJson };
}

/** The claims of a session token. */
export function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
}

/** A browser signed in as `email` with the password alone, and the session it got. */
export class SignedInBrowser {
  readonly browser: FapiTestClient;
  readonly sessionId: string;

  private constructor(browser: FapiTestClient, sessionId: string) {
    this.browser = browser;
    this.sessionId = sessionId;
  }

  /** Signs in a user whose sign-in completes after the password (no second factor asked). */
  static async signIn(running: RunningEmulatorServer, email: string): Promise<SignedInBrowser> {
    const browser = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await browser.createSignIn(email));
    assert.equal(signIn.status, 'complete', `${email} signs in with the password alone`);
    assert.ok(signIn.created_session_id);
    return new SignedInBrowser(browser, signIn.created_session_id);
  }

  /** Calls a `/v1/me…` endpoint with `_clerk_session_id`, as clerk-js does. */
  me(method: string, path: string, form?: Record<string, string>): Promise<FapiTestResponse> {
    const separator = path.includes('?') ? '&' : '?';
    return this.browser.request(
      method,
      `/v1/me${path}${separator}_clerk_session_id=${this.sessionId}`,
      form,
    );
  }

  /** `GET /v1/client`: this browser's session as the client holds it. */
  async session(): Promise<SessionJson> {
    const client = resource(
      await this.browser.request('GET', '/v1/client'),
    ) as unknown as ClientJson;
    const session = client.sessions.find((candidate) => candidate.id === this.sessionId);
    assert.ok(session, 'the session is among the client sessions');
    return session;
  }

  /** `setActive({ session })`: the touch clerk-js sends, answering the session. */
  async touch(): Promise<SessionJson> {
    const touched = await this.browser.request(
      'POST',
      `/v1/client/sessions/${this.sessionId}/touch`,
      { intent: 'select_session' },
    );
    assert.equal(touched.status, 200);
    return resource(touched) as unknown as SessionJson;
  }

  /** `user.createPhoneNumber`, `prepareVerification` and `attemptVerification` with the texted code. */
  async addVerifiedPhoneNumber(
    running: RunningEmulatorServer,
    phoneNumber: string,
  ): Promise<PhoneNumberJson> {
    const created = envelopeOf<PhoneNumberJson>(
      await this.me('POST', '/phone_numbers', { phone_number: phoneNumber }),
    ).response;
    envelopeOf(
      await this.me('POST', `/phone_numbers/${created.id}/prepare_verification`, {
        strategy: 'phone_code',
      }),
    );
    const message = running.emulator.outboxFor({ to: phoneNumber }).at(-1);
    assert.ok(message, 'the code was texted to the outbox');
    return envelopeOf<PhoneNumberJson>(
      await this.me('POST', `/phone_numbers/${created.id}/attempt_verification`, {
        code: message.code,
      }),
    ).response;
  }
}
