/**
 * Tests of the OpenAPI-spec validator for Frontend API responses
 * (`src/fapi-spec-validator.ts`).
 *
 * Run (in emulator/): node --import tsx --test test/fapi-spec-validator.test.ts
 *
 * The sample bodies below are written by hand in the shapes the real Frontend API sends for an
 * e-mail + password sign-in with a second factor; each broken sample changes one thing. The last
 * suite runs whole sign-ins over HTTP against the emulator and asserts that none of its
 * responses violates the spec.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { RunningEmulatorServer } from '../src/index.js';
import {
  compileEntireSpec,
  convertOpenApiSchema,
  createFapiSpecValidator,
  defaultFapiSpecPath,
  knownSpecDeviations,
  type FapiResponse,
  type KnownSpecDeviation,
} from '../src/fapi-spec-validator.js';
import { FapiTestClient, firstError, resource, startTestEmulator } from './http-test-client.js';

// ---------------------------------------------------------------------------------------------
// Sample bodies.

/** 2026-01-01T00:00:00Z: the Frontend API's timestamps are epoch milliseconds. */
const createdAt = 1_767_225_600_000;
const minute = 60_000;
const day = 24 * 60 * minute;

function userSettingsAttribute(
  enabled: boolean,
  factors: { first?: string[]; second?: string[] } = {},
) {
  return {
    enabled,
    required: false,
    used_for_first_factor: (factors.first ?? []).length > 0,
    first_factors: factors.first ?? [],
    used_for_second_factor: (factors.second ?? []).length > 0,
    second_factors: factors.second ?? [],
    verifications: [],
    verify_at_sign_up: false,
    immutable: false,
  };
}

/** `GET /v1/environment` of a development instance: e-mail + password, TOTP / SMS / backup codes. */
function sampleEnvironment(): Record<string, unknown> {
  return {
    auth_config: {
      object: 'auth_config',
      id: 'aac_2q4Jd9ZkP1',
      first_name: 'on',
      last_name: 'on',
      email_address: 'required',
      phone_number: 'on',
      username: 'off',
      password: 'required',
      identification_requirements: [['email_address']],
      identification_strategies: ['email_address'],
      first_factors: ['password', 'email_code'],
      second_factors: ['totp', 'phone_code', 'backup_code'],
      email_address_verification_strategies: ['email_code'],
      single_session_mode: true,
      enhanced_email_deliverability: false,
      test_mode: false,
      url_based_session_syncing: false,
      claimed_at: null,
      reverification: true,
      native_settings: {
        object: 'native_settings',
        api_enabled: false,
        trusted_device_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_up_enabled: false,
      },
    },
    display_config: {
      object: 'display_config',
      id: 'display_config_2q4Jd9ZkP1',
      instance_environment_type: 'development',
      application_name: 'Acme',
      theme: {},
      preferred_sign_in_strategy: 'password',
      logo_image_url: null,
      favicon_image_url: null,
      home_url: 'https://acme.example',
      sign_in_url: 'https://acme.example/sign-in',
      sign_up_url: 'https://acme.example/sign-up',
      user_profile_url: 'https://acme.example/user',
      waitlist_url: 'https://acme.example/waitlist',
      oauth_consent_url: 'https://acme.example/oauth-consent',
      after_sign_in_url: 'https://acme.example',
      after_sign_up_url: 'https://acme.example',
      after_sign_out_one_url: 'https://acme.example/sign-in/choose',
      after_sign_out_all_url: 'https://acme.example/sign-in',
      after_switch_session_url: 'https://acme.example',
      after_join_waitlist_url: 'https://acme.example',
      organization_profile_url: 'https://acme.example/organization',
      create_organization_url: 'https://acme.example/create-organization',
      after_leave_organization_url: 'https://acme.example',
      after_create_organization_url: 'https://acme.example',
      logo_link_url: 'https://acme.example',
      support_email: null,
      branded: true,
      experimental_force_oauth_first: false,
      clerk_js_version: null,
      show_devmode_warning: true,
      google_one_tap_client_id: null,
      help_url: null,
      privacy_policy_url: null,
      terms_url: null,
      logo_url: null,
      favicon_url: null,
      logo_image: null,
      favicon_image: null,
      captcha_public_key: null,
      captcha_widget_type: null,
      captcha_public_key_invisible: null,
      captcha_provider: null,
      captcha_oauth_bypass: [],
      captcha_heartbeat: false,
    },
    user_settings: {
      attributes: {
        email_address: {
          ...userSettingsAttribute(true, { first: ['email_code'] }),
          required: true,
        },
        phone_number: userSettingsAttribute(true, { second: ['phone_code'] }),
        username: userSettingsAttribute(false),
        web3_wallet: userSettingsAttribute(false),
        first_name: userSettingsAttribute(true),
        last_name: userSettingsAttribute(true),
        password: { ...userSettingsAttribute(true), required: true },
        authenticator_app: userSettingsAttribute(true, { second: ['totp'] }),
        ticket: userSettingsAttribute(true),
        backup_code: userSettingsAttribute(true, { second: ['backup_code'] }),
        passkey: userSettingsAttribute(false),
      },
      social: {},
      saml: { enabled: false },
      enterprise_sso: { enabled: false },
      sign_in: { second_factor: { required: false } },
      sign_up: {
        captcha_enabled: false,
        captcha_widget_type: 'smart',
        custom_action_required: false,
        progressive: true,
        mode: 'public',
        legal_consent_enabled: false,
      },
      restrictions: {
        allowlist: { enabled: false },
        blocklist: { enabled: false },
        allowlist_blocklist_disabled_on_sign_in: { enabled: false },
        block_email_subaddresses: { enabled: false },
        block_disposable_email_domains: { enabled: false },
      },
      password_settings: {
        disable_hibp: false,
        disable_password_reverification: false,
        min_length: 8,
        max_length: 72,
        require_special_char: false,
        require_numbers: false,
        require_uppercase: false,
        require_lowercase: false,
        show_zxcvbn: false,
        min_zxcvbn_strength: 0,
        enforce_hibp_on_sign_in: false,
        allowed_special_characters: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
      },
      username_settings: {
        min_length: 4,
        max_length: 64,
        allow_extended_special_characters: false,
        allow_numeric_usernames: false,
      },
      actions: { delete_self: true, create_organization: false, create_organizations_limit: null },
      attack_protection: {
        user_lockout: { enabled: true, max_attempts: 100, duration_in_minutes: 60 },
        pii: { enabled: true },
        email_link: { require_same_client: true },
        enumeration_protection: { enabled: false },
      },
      passkey_settings: {
        allow_autofill: true,
        show_sign_in_button: true,
        satisfies_second_factor: true,
      },
    },
    organization_settings: {
      enabled: false,
      max_allowed_memberships: 5,
      actions: { admin_delete: true },
      domains: { enabled: false, enrollment_modes: [], default_role: 'org:member' },
      creator_role: 'org:admin',
    },
    fraud_settings: { object: 'fraud_settings', native: { device_attestation_mode: 'disabled' } },
    api_keys_settings: {
      enabled: false,
      user_api_keys_enabled: false,
      orgs_api_keys_enabled: false,
    },
    protect_config: { loaders: [] },
    client_debug_mode: false,
    partitioned_cookies: false,
    maintenance_mode: false,
  };
}

const userId = 'user_2q4JhT7Wq8';
const emailAddressId = 'idn_2q4JhVb3xL';
const phoneNumberId = 'idn_2q4JhXc9Rm';
const clientId = 'client_2q4JkA1b2C';
const signInId = 'sia_2q4Jm3D4eF';
const sessionId = 'sess_2q4Jn5G6hJ';

/** A sign-in whose password was right and which waits for the second factor. */
function sampleSignInNeedingSecondFactor(): Record<string, unknown> {
  return {
    object: 'sign_in_attempt',
    id: signInId,
    status: 'needs_second_factor',
    supported_identifiers: ['email_address'],
    supported_first_factors: [
      { strategy: 'password' },
      {
        strategy: 'email_code',
        email_address_id: emailAddressId,
        safe_identifier: 'ada@example.com',
        primary: true,
      },
    ],
    supported_second_factors: [
      { strategy: 'totp' },
      {
        strategy: 'phone_code',
        phone_number_id: phoneNumberId,
        safe_identifier: '+1*******0100',
        default: false,
      },
      { strategy: 'backup_code' },
    ],
    first_factor_verification: {
      object: 'verification_password',
      status: 'verified',
      strategy: 'password',
      attempts: 1,
      expire_at: null,
    },
    second_factor_verification: null,
    identifier: 'ada@example.com',
    user_data: {
      first_name: 'Ada',
      last_name: 'Lovelace',
      image_url: 'https://img.example/ada.png',
      has_image: false,
    },
    created_session_id: null,
    abandon_at: createdAt + day,
  };
}

/** The same sign-in after `prepare_second_factor` sent an SMS code. */
function sampleSignInWithSmsCodeSent(): Record<string, unknown> {
  return {
    ...sampleSignInNeedingSecondFactor(),
    second_factor_verification: {
      object: 'verification_otp',
      status: 'unverified',
      strategy: 'phone_code',
      attempts: 0,
      expire_at: createdAt + 10 * minute,
      channel: 'sms',
    },
  };
}

/** The same sign-in after a right TOTP code: complete, with the session it created. */
function sampleCompletedSignIn(): Record<string, unknown> {
  return {
    ...sampleSignInNeedingSecondFactor(),
    status: 'complete',
    second_factor_verification: {
      object: 'verification_totp',
      status: 'verified',
      strategy: 'totp',
      attempts: 1,
      expire_at: null,
    },
    created_session_id: sessionId,
  };
}

function sampleUser(): Record<string, unknown> {
  const verified = {
    object: 'verification_otp',
    status: 'verified',
    strategy: 'email_code',
    attempts: 1,
    expire_at: createdAt,
  };
  return {
    object: 'user',
    id: userId,
    username: null,
    first_name: 'Ada',
    last_name: 'Lovelace',
    image_url: 'https://img.example/ada.png',
    has_image: false,
    primary_email_address_id: emailAddressId,
    primary_phone_number_id: phoneNumberId,
    primary_web3_wallet_id: null,
    password_enabled: true,
    two_factor_enabled: true,
    totp_enabled: true,
    backup_code_enabled: true,
    email_addresses: [
      {
        object: 'email_address',
        id: emailAddressId,
        email_address: 'ada@example.com',
        reserved: false,
        verification: verified,
        linked_to: [],
        created_at: createdAt,
        updated_at: createdAt,
      },
    ],
    phone_numbers: [
      {
        object: 'phone_number',
        id: phoneNumberId,
        phone_number: '+15555550100',
        reserved_for_second_factor: true,
        default_second_factor: false,
        reserved: false,
        verification: { ...verified, strategy: 'phone_code' },
        linked_to: [],
        created_at: createdAt,
        updated_at: createdAt,
      },
    ],
    web3_wallets: [],
    passkeys: [],
    organization_memberships: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    password_last_updated_at: null,
    public_metadata: {},
    private_metadata: {},
    unsafe_metadata: {},
    external_id: null,
    last_sign_in_at: createdAt + 5 * minute,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    created_at: createdAt,
    updated_at: createdAt + 5 * minute,
    delete_self_enabled: true,
    create_organization_enabled: false,
    last_active_at: createdAt + 5 * minute,
    mfa_enabled_at: createdAt,
    mfa_disabled_at: null,
    legal_accepted_at: null,
  };
}

/** The session token: header.payload.signature, decoded (never verified) by clerk-js. */
const sampleJwt = [
  Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'ins_2q4J', typ: 'JWT' })).toString('base64url'),
  Buffer.from(
    JSON.stringify({ sid: sessionId, sub: userId, iat: 1_767_225_900, exp: 1_767_225_960, v: 2 }),
  ).toString('base64url'),
  'c2lnbmF0dXJl',
].join('.');

function sampleSession(): Record<string, unknown> {
  return {
    object: 'session',
    id: sessionId,
    status: 'active',
    expire_at: createdAt + 7 * day,
    abandon_at: createdAt + 30 * day,
    last_active_at: createdAt + 5 * minute,
    last_active_token: { object: 'token', jwt: sampleJwt },
    last_active_organization_id: null,
    actor: null,
    user: sampleUser(),
    public_user_data: {
      first_name: 'Ada',
      last_name: 'Lovelace',
      image_url: 'https://img.example/ada.png',
      has_image: false,
      identifier: 'ada@example.com',
      user_id: userId,
    },
    factor_verification_age: [0, 0],
    created_at: createdAt + 5 * minute,
    updated_at: createdAt + 5 * minute,
  };
}

function sampleClient(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    object: 'client',
    id: clientId,
    sessions: [],
    sign_in: null,
    sign_up: null,
    last_active_session_id: null,
    last_authentication_strategy: null,
    cookie_expires_at: null,
    captcha_bypass: false,
    created_at: createdAt,
    updated_at: createdAt + 5 * minute,
    ...overrides,
  };
}

function sampleErrorBody(code: string, message: string, longMessage: string, paramName?: string) {
  return {
    errors: [
      {
        code,
        message,
        long_message: longMessage,
        meta: paramName === undefined ? {} : { param_name: paramName },
      },
    ],
    clerk_trace_id: 'b3c1f0a4e5d6c7b8a9f0e1d2c3b4a5f6',
  };
}

const signInPath = `/v1/client/sign_ins/${signInId}`;

/** One realistic body per call of the e-mail + password + second factor flow. */
function sampleFlowResponses(): FapiResponse[] {
  const needsSecondFactor = sampleSignInNeedingSecondFactor();
  const completedClient = sampleClient({
    sessions: [sampleSession()],
    last_active_session_id: sessionId,
    last_authentication_strategy: 'password',
  });
  return [
    { method: 'GET', path: '/v1/environment', status: 200, body: sampleEnvironment() },
    { method: 'PATCH', path: '/v1/environment', status: 200, body: sampleEnvironment() },
    { method: 'GET', path: '/v1/client', status: 200, body: { response: null, client: null } },
    {
      method: 'POST',
      path: '/v1/client/sign_ins',
      status: 200,
      body: { response: needsSecondFactor, client: sampleClient({ sign_in: needsSecondFactor }) },
    },
    {
      method: 'POST',
      path: `${signInPath}/prepare_second_factor`,
      status: 200,
      body: {
        response: sampleSignInWithSmsCodeSent(),
        client: sampleClient({ sign_in: sampleSignInWithSmsCodeSent() }),
      },
    },
    {
      method: 'POST',
      path: `${signInPath}/attempt_second_factor`,
      status: 422,
      body: sampleErrorBody('form_code_incorrect', 'is incorrect', 'Incorrect code', 'code'),
    },
    {
      method: 'POST',
      path: `${signInPath}/attempt_second_factor`,
      status: 200,
      body: { response: sampleCompletedSignIn(), client: completedClient },
    },
    {
      method: 'POST',
      path: `/v1/client/sessions/${sessionId}/touch`,
      status: 200,
      body: { response: sampleSession(), client: completedClient },
    },
    {
      method: 'POST',
      path: `/v1/client/sessions/${sessionId}/tokens`,
      status: 200,
      body: { object: 'token', jwt: sampleJwt },
    },
    {
      method: 'GET',
      path: '/v1/client',
      status: 200,
      body: { response: completedClient, client: null },
    },
    {
      method: 'DELETE',
      path: '/v1/client/sessions',
      status: 200,
      body: { response: sampleClient({ last_authentication_strategy: 'password' }), client: null },
    },
  ];
}

const validate = createFapiSpecValidator();

/** Validates a sign-in creation answer whose sign-in was changed by `change`. */
function validateSignIn(change: (signIn: Record<string, unknown>) => void): string[] {
  const signIn = sampleSignInNeedingSecondFactor();
  change(signIn);
  return validate({
    method: 'POST',
    path: '/v1/client/sign_ins',
    status: 200,
    body: {
      response: signIn,
      client: sampleClient({ sign_in: sampleSignInNeedingSecondFactor() }),
    },
  });
}

// ---------------------------------------------------------------------------------------------

describe('createFapiSpecValidator', () => {
  describe('accepts the bodies of a real sign-in with a second factor', () => {
    for (const response of sampleFlowResponses()) {
      it(`${response.method} ${response.path} ${response.status}`, () => {
        assert.deepEqual(validate(response), []);
      });
    }
  });

  describe('accepts the known deviations', () => {
    it('a 429 `too_many_requests` on a sign-in call, which the spec does not list there', () => {
      const body = sampleErrorBody(
        'too_many_requests',
        'Too many requests',
        'Too many requests, retry later.',
      );
      assert.deepEqual(
        validate({ method: 'POST', path: '/v1/client/sign_ins', status: 429, body }),
        [],
      );
    });

    it("a 404 for a sign-in that is not the client's, on a second-factor call", () => {
      const body = sampleErrorBody(
        'resource_not_found',
        'not found',
        `No sign in was found with id ${signInId}`,
      );
      for (const action of ['prepare_second_factor', 'attempt_second_factor']) {
        assert.deepEqual(
          validate({ method: 'POST', path: `${signInPath}/${action}`, status: 404, body }),
          [],
        );
      }
    });

    it('the key set at the Backend API path `/v1/jwks`, checked like `/.well-known/jwks.json`', () => {
      const keySet = {
        keys: [
          {
            use: 'sig',
            kty: 'RSA',
            kid: 'ins_2q4J',
            alg: 'RS256',
            n: 'u1SU1LfVLPHCozMxH2Mo',
            e: 'AQAB',
          },
        ],
      };
      assert.deepEqual(
        validate({ method: 'GET', path: '/.well-known/jwks.json', status: 200, body: keySet }),
        [],
      );
      assert.deepEqual(
        validate({ method: 'GET', path: '/v1/jwks', status: 200, body: keySet }),
        [],
      );
      assert.deepEqual(
        validate({
          method: 'GET',
          path: '/v1/jwks',
          status: 200,
          body: { ...keySet, issuer: 'x' },
        }),
        ['GET /v1/jwks 200: (body) must NOT have additional properties (issuer)'],
      );
    });
  });

  describe('reports broken bodies readably', () => {
    it('a missing required field', () => {
      assert.deepEqual(
        validateSignIn((signIn) => delete signIn['abandon_at']),
        ["POST /v1/client/sign_ins 200: /response must have required property 'abandon_at'"],
      );
    });

    it('a value outside an enum, listing the allowed values', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['status'] = 'needs_mfa')),
        [
          'POST /v1/client/sign_ins 200: /response/status must be equal to one of the allowed values ' +
            '(abandoned, needs_identifier, needs_first_factor, needs_second_factor, needs_client_trust, ' +
            'needs_new_password, needs_protect_check, complete)',
        ],
      );
    });

    it('an extra property where the spec sets `additionalProperties: false`, naming it', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['timezone'] = 'Europe/Paris')),
        ['POST /v1/client/sign_ins 200: /response must NOT have additional properties (timezone)'],
      );
    });

    it('a wrong type', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['abandon_at'] = new Date(createdAt).toISOString())),
        ['POST /v1/client/sign_ins 200: /response/abandon_at must be integer'],
      );
    });

    it('a broken `oneOf` member only through its closest alternative', () => {
      const violations = validateSignIn(
        (signIn) =>
          (signIn['second_factor_verification'] = {
            object: 'verification_totp',
            status: 'verified',
            strategy: 'totp',
            attempts: '1',
          }),
      );
      assert.deepEqual(violations, [
        'POST /v1/client/sign_ins 200: /response/second_factor_verification/attempts must be integer or null ' +
          '(closest of 5 alternatives: Stubs.Verification.TOTP)',
      ]);
    });

    it('a value matching several `oneOf` alternatives, naming them', (context) => {
      // The real spec's alternatives all differ by `strategy`; a tiny spec shows the case.
      const directory = mkdtempSync(join(tmpdir(), 'fapi-spec-'));
      context.after(() => rmSync(directory, { recursive: true }));
      const specPath = join(directory, 'overlapping.openapi.yml');
      writeFileSync(
        specPath,
        stringifyYaml({
          openapi: '3.0.3',
          paths: {
            '/v1/thing': {
              get: {
                responses: {
                  '200': {
                    description: 'A thing',
                    content: {
                      'application/json': {
                        schema: {
                          oneOf: [
                            { $ref: '#/components/schemas/Named' },
                            { $ref: '#/components/schemas/Labelled' },
                          ],
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          components: {
            schemas: {
              Named: { type: 'object', properties: { name: { type: 'string' } } },
              Labelled: { type: 'object', properties: { label: { type: 'string' } } },
            },
          },
        }),
      );
      const validateOverlapping = createFapiSpecValidator({ specPath });
      assert.deepEqual(
        validateOverlapping({ method: 'GET', path: '/v1/thing', status: 200, body: { name: 'a' } }),
        [
          'GET /v1/thing 200: (body) must match exactly one schema in oneOf (matches Named and Labelled)',
        ],
      );
    });

    it('an error body without the `long_message` clerk-js shows', () => {
      const body = { errors: [{ code: 'form_password_incorrect', message: 'is incorrect' }] };
      assert.deepEqual(
        validate({ method: 'POST', path: '/v1/client/sign_ins', status: 422, body }),
        ["POST /v1/client/sign_ins 422: /errors/0 must have required property 'long_message'"],
      );
    });

    it('every violation of a body, not only the first', () => {
      const violations = validateSignIn((signIn) => {
        delete signIn['identifier'];
        signIn['object'] = 'sign_in';
      });
      assert.equal(violations.length, 2);
    });
  });

  describe('reports responses the spec does not document', () => {
    it('an unknown path', () => {
      assert.deepEqual(
        validate({ method: 'GET', path: '/v1/client/unknown', status: 200, body: {} }),
        ['GET /v1/client/unknown 200: path is not in the spec'],
      );
    });

    it('a method the path does not have', () => {
      assert.deepEqual(
        validate({ method: 'GET', path: '/v1/client/sign_ins', status: 200, body: {} }),
        ['GET /v1/client/sign_ins 200: method GET is not in the spec for /v1/client/sign_ins'],
      );
    });

    it('a status the operation does not list', () => {
      const body = sampleErrorBody(
        'internal_clerk_error',
        'Oops',
        'Oops, an unexpected error occurred',
      );
      assert.deepEqual(
        validate({ method: 'POST', path: '/v1/client/sign_ins', status: 500, body }),
        [
          'POST /v1/client/sign_ins 500: status 500 is not in the spec for POST /v1/client/sign_ins ' +
            '(documented: 200, 307, 400, 403, 404, 409, 422)',
        ],
      );
    });

    it('prefers a literal path segment to a template parameter', () => {
      // `/v1/me/trusted_devices/prepare` also fits `/v1/me/trusted_devices/{trusted_device_id}`.
      assert.deepEqual(
        validate({
          method: 'DELETE',
          path: '/v1/me/trusted_devices/prepare',
          status: 200,
          body: {},
        }),
        [
          'DELETE /v1/me/trusted_devices/prepare 200: method DELETE is not in the spec for /v1/me/trusted_devices/prepare',
        ],
      );
      assert.deepEqual(
        validate({ method: 'DELETE', path: '/v1/me/trusted_devices/tdv_1', status: 500, body: {} }),
        [
          'DELETE /v1/me/trusted_devices/tdv_1 500: status 500 is not in the spec for DELETE ' +
            '/v1/me/trusted_devices/{trusted_device_id} (documented: 200, 401, 403, 404)',
        ],
      );
    });

    it('looks the effective method up, e.g. DELETE for `POST …?_method=DELETE`', () => {
      assert.deepEqual(
        validate({ method: 'DELETE', path: '/v1/client/sessions', status: 200, body: {} }),
        [
          "DELETE /v1/client/sessions 200: (body) must have required property 'response'",
          "DELETE /v1/client/sessions 200: (body) must have required property 'client'",
        ],
      );
      assert.deepEqual(
        validate({ method: 'POST', path: '/v1/client/sessions', status: 200, body: {} }),
        ['POST /v1/client/sessions 200: method POST is not in the spec for /v1/client/sessions'],
      );
    });
  });

  describe('nullable', () => {
    it('accepts null for a nullable typed field, and rejects another type', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['identifier'] = null)),
        [],
      );
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['identifier'] = 42)),
        ['POST /v1/client/sign_ins 200: /response/identifier must be string or null'],
      );
    });

    it('accepts null for a nullable enum that does not list null, and rejects other values', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['client_trust_state'] = null)),
        [],
      );
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['client_trust_state'] = 'trusted')),
        [
          'POST /v1/client/sign_ins 200: /response/client_trust_state must be equal to one of the allowed values ' +
            '(pending, new, known, null)',
        ],
      );
    });

    it('accepts null for a nullable `allOf` reference, and checks a value against the reference', () => {
      const clientWithBrokenSignIn = sampleClient({
        sign_in: { ...sampleSignInNeedingSecondFactor(), status: 'done' },
      });
      assert.deepEqual(
        validate({
          method: 'GET',
          path: '/v1/client',
          status: 200,
          body: { response: clientWithBrokenSignIn, client: null },
        }),
        [
          'GET /v1/client 200: /response/sign_in/status must be equal to one of the allowed values ' +
            '(abandoned, needs_identifier, needs_first_factor, needs_second_factor, needs_client_trust, ' +
            'needs_new_password, needs_protect_check, complete)',
        ],
      );
    });

    it('accepts null for a nullable `oneOf`', () => {
      assert.deepEqual(
        validateSignIn((signIn) => (signIn['first_factor_verification'] = null)),
        [],
      );
    });

    it('converts each form of `nullable` the spec uses', () => {
      assert.deepEqual(convertOpenApiSchema({ type: 'string', nullable: true, enum: ['a', 'b'] }), {
        type: ['string', 'null'],
        enum: ['a', 'b', null],
      });
      assert.deepEqual(convertOpenApiSchema({ nullable: true, enum: ['a'] }), {
        enum: ['a', null],
      });
      assert.deepEqual(
        convertOpenApiSchema({
          type: 'object',
          nullable: true,
          allOf: [{ $ref: '#/components/schemas/Token' }],
        }),
        {
          if: { type: 'null' },
          else: {
            type: 'object',
            allOf: [{ $ref: 'clerk-fapi-components.json#/definitions/Token' }],
          },
        },
      );
      assert.deepEqual(
        convertOpenApiSchema({ nullable: true, $ref: '#/components/schemas/Token' }),
        {
          if: { type: 'null' },
          else: { $ref: 'clerk-fapi-components.json#/definitions/Token' },
        },
      );
    });

    it('converts the other OpenAPI 3.0 forms Ajv reads differently', () => {
      assert.deepEqual(
        convertOpenApiSchema({
          type: 'number',
          minimum: 0,
          exclusiveMinimum: true,
          example: 3,
          'x-speakeasy-name-override': 'amount',
        }),
        { type: 'number', exclusiveMinimum: 0 },
      );
      assert.deepEqual(convertOpenApiSchema({ type: 'string', format: 'base64' }), {
        type: 'string',
        format: 'byte',
      });
    });
  });

  describe('known deviations', () => {
    it('each has a unique name and a reason', () => {
      const names = knownSpecDeviations.map((deviation) => deviation.name);
      assert.equal(new Set(names).size, names.length);
      for (const deviation of knownSpecDeviations)
        assert.ok(deviation.reason.length > 40, deviation.name);
    });

    it('a tolerated violation hides that violation only', () => {
      const toleratesTimezone: KnownSpecDeviation = {
        name: 'sign-in-timezone',
        reason: 'Test deviation: clerk-js types a sign-in `timezone` that the spec forbids.',
        method: 'POST',
        paths: ['/v1/client/sign_ins'],
        permits: {
          kind: 'tolerated-violation',
          instancePath: '/response',
          keyword: 'additionalProperties',
          property: 'timezone',
        },
      };
      const validateTolerant = createFapiSpecValidator({ deviations: [toleratesTimezone] });
      const signIn = {
        ...sampleSignInNeedingSecondFactor(),
        timezone: 'Europe/Paris',
        locale: 'fr-FR',
      };
      const body = { response: signIn, client: sampleClient() };
      assert.deepEqual(
        validateTolerant({ method: 'POST', path: '/v1/client/sign_ins', status: 200, body }),
        ['POST /v1/client/sign_ins 200: /response must NOT have additional properties (locale)'],
      );
    });

    it('an undocumented response is checked against the schema the deviation names', () => {
      const validateWithoutDeviations = createFapiSpecValidator({ deviations: [] });
      const body = sampleErrorBody(
        'too_many_requests',
        'Too many requests',
        'Too many requests, retry later.',
      );
      assert.equal(
        validateWithoutDeviations({
          method: 'POST',
          path: '/v1/client/sign_ins',
          status: 429,
          body,
        }).length,
        1,
      );
      assert.deepEqual(
        validate({
          method: 'POST',
          path: '/v1/client/sign_ins',
          status: 429,
          body: { error: 'slow down' },
        }),
        ["POST /v1/client/sign_ins 429: (body) must have required property 'errors'"],
      );
    });
  });

  describe('the spec', () => {
    it('compiles entirely: every JSON response and every component schema', () => {
      const spec = parseYaml(readFileSync(defaultFapiSpecPath, 'utf8')) as {
        components: { schemas: object };
      };
      const count = compileEntireSpec();
      assert.equal(count.components, Object.keys(spec.components.schemas).length);
      assert.ok(count.responses > 800, `only ${count.responses} response schemas compiled`);
    });

    it('validates fast enough to check every response of a test suite', (context) => {
      const responses = sampleFlowResponses();
      for (const response of responses) validate(response);
      const rounds = 300;
      const started = performance.now();
      for (let round = 0; round < rounds; round += 1) {
        for (const response of responses) validate(response);
      }
      const perSecond = Math.round(
        (rounds * responses.length) / ((performance.now() - started) / 1000),
      );
      context.diagnostic(`${perSecond} validations per second`);
      assert.ok(perSecond > 2_000, `${perSecond} validations per second`);
    });
  });
});
// ---------------------------------------------------------------------------------------------
// The emulator, over HTTP, with the validator plugged in.

/** A six-digit code different from `code`. */
function anotherCode(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}

describe('the emulator, checked by the validator over HTTP', () => {
  /** Every response the emulator handed to the validator during the current test. */
  const checked: FapiResponse[] = [];
  const violations: string[] = [];
  let running: RunningEmulatorServer;

  before(async () => {
    running = await startTestEmulator({
      rateLimit: { maxRequests: 40, windowSeconds: 60 },
      validateResponse: (response) => {
        checked.push(response);
        const found = validate(response);
        violations.push(...found);
        return found;
      },
    });
  });

  after(() => running.close());

  beforeEach(() => {
    running.emulator.reset();
    checked.length = 0;
    violations.length = 0;
  });

  afterEach(() => {
    assert.deepEqual(violations, []);
  });

  it('loads, signs in with password + SMS code, gets a token and signs out', async () => {
    const browser = new FapiTestClient(running.proxyUrl, { origin: 'http://127.0.0.1:5173' });
    assert.equal((await browser.request('GET', '/v1/environment')).status, 200);
    assert.equal((await browser.request('PATCH', '/v1/environment')).status, 200);
    assert.deepEqual((await browser.request('GET', '/v1/client')).body, {
      response: null,
      client: null,
    });

    const signIn = resource(await browser.createSignIn('totp-sms@example.com'));
    assert.equal(signIn.status, 'needs_second_factor');
    const phoneFactor = signIn.supported_second_factors?.find(
      (factor) => factor.strategy === 'phone_code',
    );
    const prepared = await browser.prepareSecondFactor(signIn.id, {
      strategy: 'phone_code',
      phone_number_id: phoneFactor?.phone_number_id ?? '',
    });
    assert.equal(resource(prepared).second_factor_verification?.status, 'unverified');
    const sentCode = running.emulator.outbox.at(-1)?.code ?? '';
    const wrong = await browser.attemptSecondFactor(signIn.id, 'phone_code', anotherCode(sentCode));
    assert.equal(firstError(wrong).code, 'form_code_incorrect');
    const completed = resource(
      await browser.attemptSecondFactor(signIn.id, 'phone_code', sentCode),
    );
    assert.equal(completed.status, 'complete');

    const sessionPath = `/v1/client/sessions/${completed.created_session_id}`;
    const touched = await browser.request('POST', `${sessionPath}/touch`, {
      intent: 'select_session',
    });
    assert.equal(touched.status, 200);
    assert.equal((await browser.request('POST', `${sessionPath}/tokens`)).body.object, 'token');
    assert.equal(resource(await browser.request('GET', '/v1/client')).sessions?.length, 1);
    const signedOut = resource(await browser.request('DELETE', '/v1/client/sessions'));
    assert.deepEqual(signedOut.sessions, []);
    assert.equal(checked.length, 11);
  });

  it('signs in with TOTP after a wrong TOTP, and with a backup code', async () => {
    const totpBrowser = new FapiTestClient(running.proxyUrl);
    const totpSignIn = resource(await totpBrowser.createSignIn('totp@example.com'));
    const code = running.emulator.currentTotp('totp@example.com');
    const wrong = await totpBrowser.attemptSecondFactor(totpSignIn.id, 'totp', anotherCode(code));
    assert.equal(firstError(wrong).code, 'form_code_incorrect');
    const right = await totpBrowser.attemptSecondFactor(totpSignIn.id, 'totp', code);
    assert.equal(resource(right).status, 'complete');

    const backupBrowser = new FapiTestClient(running.proxyUrl);
    const backupSignIn = resource(await backupBrowser.createSignIn('totp-sms@example.com'));
    const seeded = running.emulator.users.find((user) => user.email === 'totp-sms@example.com');
    const backupCode = seeded?.unusedBackupCodes[0] ?? '';
    const completed = resource(
      await backupBrowser.attemptSecondFactor(backupSignIn.id, 'backup_code', backupCode),
    );
    assert.equal(completed.status, 'complete');
    const sessionPath = `/v1/client/sessions/${completed.created_session_id}`;
    assert.equal((await backupBrowser.request('GET', sessionPath)).status, 200);
    const ended = resource(await backupBrowser.request('POST', `${sessionPath}/end`));
    assert.equal(ended.status, 'ended');
    assert.equal(checked.length, 7);
  });

  it('completes without a second factor, and checks a new device by e-mail code', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    assert.equal(resource(await browser.createSignIn('no-mfa@example.com')).status, 'complete');
    assert.equal(firstError(await browser.createSignIn('totp@example.com')).code, 'session_exists');
    assert.equal((await browser.request('DELETE', '/v1/client')).status, 200);

    const newDevice = new FapiTestClient(running.proxyUrl);
    const signIn = resource(await newDevice.createSignIn('new-device@example.com'));
    assert.equal(signIn.status, 'needs_client_trust');
    const sendEmailCode = {
      strategy: 'email_code',
      email_address_id: signIn.supported_second_factors?.[0]?.email_address_id ?? '',
    };
    await newDevice.prepareSecondFactor(signIn.id, sendEmailCode);
    const resent = await newDevice.prepareSecondFactor(signIn.id, sendEmailCode);
    assert.equal(resent.status, 429);
    const emailCode = running.emulator.outbox.at(-1)?.code ?? '';
    const trusted = await newDevice.attemptSecondFactor(signIn.id, 'email_code', emailCode);
    assert.equal(resource(trusted).status, 'complete');
    assert.equal(checked.length, 7);
  });

  it("answers every sign-in error in the spec's shapes", async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    const unknown = await browser.createSignIn('nobody@example.com');
    assert.equal(firstError(unknown).code, 'form_identifier_not_found');
    const missingPassword = await browser.request('POST', '/v1/client/sign_ins', {
      identifier: 'sms@example.com',
      strategy: 'password',
    });
    assert.equal(firstError(missingPassword).code, 'form_param_missing');

    const signIn = resource(await browser.createSignIn('sms@example.com'));
    const notSent = await browser.attemptSecondFactor(signIn.id, 'phone_code', '123456');
    assert.equal(firstError(notSent).code, 'verification_not_sent');
    const noStrategy = await browser.prepareSecondFactor(signIn.id, {});
    assert.equal(firstError(noStrategy).code, 'form_param_missing');
    const notOffered = await browser.attemptSecondFactor(signIn.id, 'totp', '123456');
    assert.equal(firstError(notOffered).code, 'strategy_for_user_invalid');

    await browser.prepareSecondFactor(signIn.id, { strategy: 'phone_code' });
    const sentCode = running.emulator.outbox.at(-1)?.code ?? '';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await browser.attemptSecondFactor(signIn.id, 'phone_code', anotherCode(sentCode));
    }
    const failed = await browser.attemptSecondFactor(
      signIn.id,
      'phone_code',
      anotherCode(sentCode),
    );
    assert.equal(firstError(failed).code, 'verification_failed');
    const fromAnotherClient = await new FapiTestClient(running.proxyUrl).attemptSecondFactor(
      signIn.id,
      'phone_code',
      sentCode,
    );
    assert.equal(firstError(fromAnotherClient).code, 'resource_not_found');

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await browser.createSignIn('totp@example.com', 'wrong-password');
    }
    assert.equal(firstError(await browser.createSignIn('totp@example.com')).code, 'user_locked');
  });

  it('answers rate-limited sign-in calls with 429', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    for (let request = 0; request < 40; request += 1) {
      await browser.createSignIn('nobody@example.com');
    }
    const limited = await browser.createSignIn('nobody@example.com');
    assert.equal(firstError(limited).code, 'too_many_requests');
  });

  it('serves development instances through a dev browser, and the signing keys', async () => {
    const browser = new FapiTestClient(running.proxyUrl);
    await browser.startDevBrowser();
    assert.equal(resource(await browser.createSignIn('no-mfa@example.com')).status, 'complete');
    assert.equal(resource(await browser.request('GET', '/v1/client')).sessions?.length, 1);
    const unknownDevBrowser = await new FapiTestClient(running.proxyUrl).request(
      'GET',
      '/v1/client?__clerk_db_jwt=dvb_unknown',
    );
    assert.equal(firstError(unknownDevBrowser).code, 'dev_browser_unauthenticated');
    assert.equal((await browser.request('GET', '/.well-known/jwks.json')).body.keys?.length, 1);
    assert.equal((await browser.request('GET', '/v1/jwks')).body.keys?.length, 1);
  });
});
