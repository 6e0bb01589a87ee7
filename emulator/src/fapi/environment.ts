import { SPECIAL_CHARACTERS } from '../domain/password-policy.js';
import type { InstanceSettings } from '../domain/instance-settings.js';
import type { ResolvedEmulatorOptions } from '../options.js';

interface AttributeSettings {
  enabled: boolean;
  required?: boolean;
  firstFactors?: string[];
  secondFactors?: string[];
  verifications?: string[];
}

function attribute(settings: AttributeSettings): Record<string, unknown> {
  const firstFactors = settings.firstFactors ?? [];
  const secondFactors = settings.secondFactors ?? [];
  return {
    enabled: settings.enabled,
    required: settings.required ?? false,
    used_for_first_factor: firstFactors.length > 0,
    first_factors: firstFactors,
    used_for_second_factor: secondFactors.length > 0,
    second_factors: secondFactors,
    verifications: settings.verifications ?? [],
    verify_at_sign_up: false,
    immutable: false,
  };
}

/**
 * The `/v1/environment` body: an instance with e-mail + password sign-in, the configured
 * password reset and password rules, and the second factors, MFA requirement and
 * reverification of the current instance settings. Fields the OpenAPI spec requires are all
 * present; everything clerk-js would act on beyond sign-in (captcha, billing, Protect,
 * organizations) is off.
 */
export function buildEnvironment(
  options: ResolvedEmulatorOptions,
  settings: InstanceSettings,
): Record<string, unknown> {
  const totp = settings.secondFactors.includes('totp');
  const phoneCode = settings.secondFactors.includes('phone_code');
  const backupCode = settings.secondFactors.includes('backup_code');
  const lockout = settings.lockout;
  const passwordRules = options.passwordSettings;
  return {
    auth_config: {
      object: 'auth_config',
      id: 'aac_emulator',
      first_name: 'on',
      last_name: 'on',
      email_address: 'required',
      phone_number: phoneCode ? 'on' : 'off',
      username: 'off',
      password: 'required',
      identification_requirements: [['email_address']],
      identification_strategies: ['email_address'],
      first_factors: ['password', 'email_code', ...options.resetPasswordStrategies],
      second_factors: [...settings.secondFactors],
      email_address_verification_strategies: ['email_code'],
      single_session_mode: options.singleSessionMode,
      enhanced_email_deliverability: false,
      test_mode: false,
      cookieless_dev: false,
      url_based_session_syncing: false,
      claimed_at: null,
      reverification: settings.reverificationMinutes !== false,
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
      id: 'display_config_emulator',
      instance_environment_type: 'development',
      application_name: options.applicationName,
      theme: {},
      preferred_sign_in_strategy: 'password',
      logo_image_url: null,
      favicon_image_url: null,
      home_url: '/',
      sign_in_url: '/',
      sign_up_url: '/',
      user_profile_url: '/',
      waitlist_url: '/',
      oauth_consent_url: '/',
      after_sign_in_url: '/',
      after_sign_up_url: '/',
      after_sign_out_one_url: '/',
      after_sign_out_all_url: '/',
      after_switch_session_url: '/',
      after_join_waitlist_url: '/',
      organization_profile_url: '/',
      create_organization_url: '/',
      after_leave_organization_url: '/',
      after_create_organization_url: '/',
      logo_link_url: '/',
      support_email: null,
      branded: false,
      experimental_force_oauth_first: false,
      clerk_js_version: null,
      show_devmode_warning: false,
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
        email_address: attribute({
          enabled: true,
          required: true,
          firstFactors: ['email_code'],
          verifications: ['email_code'],
        }),
        phone_number: attribute({
          enabled: phoneCode,
          secondFactors: phoneCode ? ['phone_code'] : [],
          verifications: phoneCode ? ['phone_code'] : [],
        }),
        username: attribute({ enabled: false }),
        web3_wallet: attribute({ enabled: false }),
        first_name: attribute({ enabled: true }),
        last_name: attribute({ enabled: true }),
        password: attribute({ enabled: true, required: true }),
        authenticator_app: attribute({ enabled: totp, secondFactors: totp ? ['totp'] : [] }),
        ticket: attribute({ enabled: false }),
        backup_code: attribute({
          enabled: backupCode,
          secondFactors: backupCode ? ['backup_code'] : [],
        }),
        passkey: attribute({ enabled: false }),
      },
      social: {},
      saml: { enabled: false },
      enterprise_sso: { enabled: false },
      sign_in: { second_factor: { required: settings.mfaRequired } },
      sign_up: {
        captcha_enabled: false,
        captcha_widget_type: 'smart',
        custom_action_required: false,
        progressive: true,
        mode: 'restricted',
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
        // The breach check is on: a new password from the built-in breach list is refused.
        disable_hibp: false,
        disable_password_reverification: false,
        min_length: passwordRules.minLength,
        max_length: passwordRules.maxLength,
        require_special_char: passwordRules.requireSpecialChar,
        require_numbers: passwordRules.requireNumbers,
        require_uppercase: passwordRules.requireUppercase,
        require_lowercase: passwordRules.requireLowercase,
        show_zxcvbn: false,
        min_zxcvbn_strength: 0,
        enforce_hibp_on_sign_in: false,
        allowed_special_characters: SPECIAL_CHARACTERS,
      },
      username_settings: {
        min_length: 4,
        max_length: 64,
        allow_extended_special_characters: false,
        allow_numeric_usernames: false,
      },
      actions: { delete_self: false, create_organization: false, create_organizations_limit: null },
      attack_protection: {
        user_lockout: {
          enabled: lockout !== false,
          max_attempts: lockout === false ? 0 : lockout.maxAttempts,
          duration_in_minutes: lockout === false ? 0 : Math.ceil(lockout.durationSeconds / 60),
        },
        pii: { enabled: false },
        email_link: { require_same_client: false },
        enumeration_protection: { enabled: false },
      },
      passkey_settings: {
        allow_autofill: false,
        show_sign_in_button: false,
        satisfies_second_factor: false,
      },
    },
    organization_settings: {
      enabled: false,
      max_allowed_memberships: 0,
      actions: { admin_delete: false },
      domains: { enabled: false, enrollment_modes: [], default_role: 'org:member' },
      slug: { disabled: false },
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
