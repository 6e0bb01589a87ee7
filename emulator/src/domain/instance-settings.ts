import type { LockoutPolicy } from './lockout.js';
import type { SecondFactorStrategy } from './model.js';

/**
 * The emulated instance's settings that Clerk's dashboard would hold and that demos and tests
 * change at run time (`PATCH <mount>/__emulator/instance`): whether two-step verification is
 * required, which second factors users may have (backup codes included), how recent a
 * verification a sensitive action needs, and the account lockout.
 */
export interface InstanceSettings {
  /** Users who sign in without a second factor get a pending session with the `setup-mfa` task. */
  readonly mfaRequired: boolean;
  /** Second factors users may enrol and sign in with; `backup_code` turns backup codes on. */
  readonly secondFactors: readonly SecondFactorStrategy[];
  /**
   * Minutes after the last verification beyond which a sensitive action (enrolling or removing
   * a second factor, new backup codes) answers `session_reverification_required`; false: never.
   */
  readonly reverificationMinutes: number | false;
  /** After how many failed attempts an account is locked, and for how long; false: never. */
  readonly lockout: LockoutPolicy;
}

/** Every second factor the emulator knows, in the order Clerk lists them. */
export const SECOND_FACTOR_STRATEGIES: readonly SecondFactorStrategy[] = [
  'totp',
  'phone_code',
  'backup_code',
];

/** Longest reverification window accepted: a week. */
export const MAX_REVERIFICATION_MINUTES = 7 * 24 * 60;

/** The settings now in force, and the ones given at start that `reset()` restores. */
export class InstanceSettingsHolder {
  readonly #initial: InstanceSettings;
  #current: InstanceSettings;

  constructor(initial: InstanceSettings) {
    this.#initial = initial;
    this.#current = initial;
  }

  get current(): InstanceSettings {
    return this.#current;
  }

  /** Replaces the fields given; the others keep their value. */
  update(change: Partial<InstanceSettings>): InstanceSettings {
    this.#current = { ...this.#current, ...change };
    return this.#current;
  }

  /** Back to the settings given at start. */
  reset(): void {
    this.#current = this.#initial;
  }

  allows(strategy: SecondFactorStrategy): boolean {
    return this.#current.secondFactors.includes(strategy);
  }
}
