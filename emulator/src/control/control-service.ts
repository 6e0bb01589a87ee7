import { secondFactorPhoneNumbers, secondFactorsOf } from '../domain/factors.js';
import type { InstanceSettings, InstanceSettingsHolder } from '../domain/instance-settings.js';
import type { OutboxMessage, SecondFactorStrategy, User } from '../domain/model.js';
import type { SentCodes } from '../domain/sent-codes.js';
import type { EmulatorStore, StoreCounts, StoreLimits } from '../domain/store.js';
import { totpCodeAt, totpSecondsRemaining, totpUri } from '../domain/totp.js';
import type { SessionService } from '../domain/session-service.js';
import type { RateLimiter } from '../http/rate-limiter.js';
import type { FaultInjector } from './faults.js';

/** A seeded user as the control endpoint `GET <mount>/__emulator/users` lists it. */
export interface DemoUser {
  readonly id: string;
  readonly email: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  /** The demo password from the seed, for demo pages to display. */
  readonly passwordHint: string;
  /** Whether sign-in asks for a second factor. */
  readonly mfa: boolean;
  /** Second factors the user has, in the order the sign-in offers them. */
  readonly secondFactors: readonly SecondFactorStrategy[];
  /** Whether the first sign-in from a client ends in `needs_client_trust`. */
  readonly newDeviceCheck: boolean;
  /**
   * Whether the password is flagged as compromised (sessions start with the
   * `reset-password` task); false once the user has set a new password.
   */
  readonly passwordCompromised: boolean;
  /** The phone number sign-in texts first (else the first one the user has), or null. */
  readonly phoneNumber: string | null;
  /** The authenticator-app secret and its `otpauth://` enrolment URI, or null. */
  readonly totp: { readonly secret: string; readonly uri: string } | null;
  readonly unusedBackupCodes: readonly string[];
  /** Epoch ms until which the account is locked, or null. */
  readonly lockedUntil: number | null;
}

/** The code an authenticator app shows now, as `GET <mount>/__emulator/totp/{email}` answers. */
export interface CurrentTotp {
  readonly email: string;
  readonly code: string;
  readonly secondsRemaining: number;
}

/** Filters of the outbox endpoints and {@link ControlService.outbox}. */
export interface OutboxFilter {
  readonly userEmail?: string;
  readonly channel?: 'sms' | 'email';
  readonly to?: string;
}

/**
 * What demos and tests may see and change of the emulator: the demo users, the outbox of
 * sent codes, current TOTP codes, code expiry, reset, and fault injection. Both `createEmulator()`'s
 * programmatic API and the HTTP control endpoints (`<mount>/__emulator/*`) call this.
 */
export class ControlService {
  /** Fault injection: latency, failing requests, 429s, dropped connections. */
  readonly faults: FaultInjector;
  readonly #store: EmulatorStore;
  readonly #sentCodes: SentCodes;
  readonly #instance: InstanceSettingsHolder;
  readonly #sessions: SessionService;
  readonly #rateLimiter: RateLimiter | undefined;
  readonly #now: () => number;

  constructor(deps: {
    store: EmulatorStore;
    sentCodes: SentCodes;
    instance: InstanceSettingsHolder;
    sessions: SessionService;
    faults: FaultInjector;
    rateLimiter: RateLimiter | undefined;
    now: () => number;
  }) {
    this.#store = deps.store;
    this.#sentCodes = deps.sentCodes;
    this.#instance = deps.instance;
    this.#sessions = deps.sessions;
    this.faults = deps.faults;
    this.#rateLimiter = deps.rateLimiter;
    this.#now = deps.now;
  }

  /** The instance settings in force (MFA required, second factors, reverification window). */
  instance(): InstanceSettings {
    return this.#instance.current;
  }

  /**
   * Changes instance settings (already checked); the environment clerk-js loads next says so.
   * Sessions already signed in keep their tasks; new sign-ins follow the new settings.
   */
  updateInstance(change: Partial<InstanceSettings>): InstanceSettings {
    return this.#instance.update(change);
  }

  /**
   * Makes every signed-in session's last verification `minutes` older (default: just past the
   * reverification window), so that its next sensitive action needs a reverification.
   */
  ageSessionVerification(minutes?: number): { sessions: number; minutes: number } {
    const window = this.#instance.current.reverificationMinutes;
    const by = minutes ?? (window === false ? 1 : window) + 1;
    return { sessions: this.#sessions.ageVerification(by), minutes: by };
  }

  /** Seeded users with what a demo or test needs to sign them in. */
  users(): DemoUser[] {
    return this.#store.seedUsers.map((seed) => {
      const user = this.#store.findUserByEmail(seed.email);
      if (!user) throw new Error(`Seeded user ${seed.email} is missing`);
      return describeUser(user, seed.password);
    });
  }

  /** One seeded user, by e-mail address in any case. */
  user(email: string): DemoUser | undefined {
    const wanted = email.toLowerCase();
    return this.users().find((user) => user.email.toLowerCase() === wanted);
  }

  /** The TOTP code an authenticator app shows now for the user, or undefined without TOTP. */
  currentTotp(email: string): CurrentTotp | undefined {
    const user = this.#store.findUserByEmail(email);
    if (!user?.totpSecret) return undefined;
    const now = this.#now();
    return {
      email: user.email,
      code: totpCodeAt(user.totpSecret, now),
      secondsRemaining: totpSecondsRemaining(now),
    };
  }

  /** Outbox messages matching the filter, oldest first. */
  outbox(filter: OutboxFilter = {}): OutboxMessage[] {
    const userEmail = filter.userEmail?.toLowerCase();
    return this.#store.outbox.filter(
      (message) =>
        (userEmail === undefined || message.userEmail.toLowerCase() === userEmail) &&
        (filter.channel === undefined || message.channel === filter.channel) &&
        (filter.to === undefined || message.to === filter.to),
    );
  }

  /** Empties the outbox; returns how many messages it held. */
  clearOutbox(): number {
    return this.#store.clearOutbox();
  }

  /**
   * Makes every code sent so far and not yet used expired (an attempt answers
   * `verification_expired`), and lets a new one be sent at once; returns how many it expired.
   */
  expireCodes(): number {
    let expired = 0;
    for (const signIn of this.#store.allSignIns()) {
      if (this.#sentCodes.expire(signIn.firstFactorVerification)) expired += 1;
      if (this.#sentCodes.expire(signIn.secondFactorVerification)) expired += 1;
    }
    return expired;
  }

  /**
   * Forgets clients, sign-ins, sessions, codes, rate-limit counts and faults; restores seeded
   * users and the instance settings given at start.
   */
  reset(): void {
    this.#store.reset();
    this.#instance.reset();
    this.faults.clear();
    this.#rateLimiter?.reset();
  }

  /**
   * What a restart of the process would do: forgets every client, sign-in, session,
   * dev-browser token and code, and restores the seeded users. The faults, the rate-limit
   * counts, the instance settings and the signing key stay, as the set-up of whoever restarts it.
   */
  restart(): void {
    this.#store.reset();
  }

  /** What the store holds, and its limits. */
  stats(): StoreCounts & { readonly limits: StoreLimits } {
    return { ...this.#store.counts(), limits: this.#store.limits };
  }
}

function describeUser(user: User, password: string): DemoUser {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    passwordHint: password,
    mfa: user.mfa,
    secondFactors: secondFactorsOf(user).map((factor) => factor.strategy),
    newDeviceCheck: user.newDeviceCheck,
    passwordCompromised: user.passwordCompromised,
    phoneNumber: (secondFactorPhoneNumbers(user)[0] ?? user.phoneNumbers[0])?.phoneNumber ?? null,
    totp: user.totpSecret
      ? { secret: user.totpSecret, uri: totpUri(user.totpSecret, user.email) }
      : null,
    unusedBackupCodes: user.backupCodes
      .filter((backup) => backup.usedAt === null)
      .map((backup) => backup.code),
    lockedUntil: user.lockedUntil,
  };
}
