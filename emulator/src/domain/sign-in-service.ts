import { fapiErrors } from './errors.js';
import { firstFactorsOf, offeredSecondFactors } from './factors.js';
import { createId } from '../ids.js';
import type { AccountLockout } from './lockout.js';
import type {
  Client,
  FirstFactor,
  OfferedSecondFactor,
  ResetPasswordStrategy,
  SignIn,
  SignInStatus,
  User,
  Verification,
} from './model.js';
import { useBackupCode } from './one-time-codes.js';
import type { PasswordService } from './password-service.js';
import { verifyPassword } from './passwords.js';
import type { SentCodes } from './sent-codes.js';
import type { SessionService } from './session-service.js';
import type { EmulatorStore } from './store.js';
import { isTotpCodeValid } from './totp.js';

/** Where a sign-in must stand for its first-factor steps, and for its second-factor steps. */
const FIRST_STEP: readonly SignInStatus[] = ['needs_first_factor'];
const SECOND_STEP: readonly SignInStatus[] = ['needs_second_factor', 'needs_client_trust'];

/** `signIn.create(...)`: what the browser sent; an empty value counts as absent. */
export interface CreateSignInCommand {
  readonly identifier?: string;
  readonly password?: string;
  readonly strategy?: string;
}

/** `prepareFirstFactor(...)` / `prepareSecondFactor(...)`. */
export interface PrepareFactorCommand {
  readonly strategy?: string;
  readonly emailAddressId?: string;
  readonly phoneNumberId?: string;
}

/** `attemptFirstFactor(...)` / `attemptSecondFactor(...)`. */
export interface AttemptFactorCommand {
  readonly strategy?: string;
  readonly code?: string;
  readonly password?: string;
}

/** `resetPassword({ password, signOutOfOtherSessions })`. */
export interface ResetPasswordCommand {
  readonly password?: string;
  readonly signOutOfOtherSessions: boolean;
}

/** The first factors a code is sent for: the sign-in code and the password-reset codes. */
type CodeFirstFactor = Exclude<FirstFactor, { readonly strategy: 'password' }>;

function isResetPasswordStrategy(strategy: string): strategy is ResetPasswordStrategy {
  return strategy === 'reset_password_email_code' || strategy === 'reset_password_phone_code';
}

/**
 * The sign-in attempts of the emulated instance: create, prepare and attempt first and
 * second factors, the password reset (`needs_new_password`), the new-device check (client
 * trust), account lockout, and the session created at the end. Every refusal throws a
 * {@link FapiError} with Clerk's code.
 */
export class SignInService {
  readonly #store: EmulatorStore;
  readonly #sessions: SessionService;
  readonly #lockout: AccountLockout;
  readonly #sentCodes: SentCodes;
  readonly #passwords: PasswordService;
  readonly #settings: {
    readonly singleSessionMode: boolean;
    readonly signInLifetimeSeconds: number;
    readonly resetPasswordStrategies: readonly ResetPasswordStrategy[];
  };
  readonly #now: () => number;

  constructor(deps: {
    store: EmulatorStore;
    sessions: SessionService;
    lockout: AccountLockout;
    sentCodes: SentCodes;
    passwords: PasswordService;
    settings: {
      singleSessionMode: boolean;
      signInLifetimeSeconds: number;
      resetPasswordStrategies: readonly ResetPasswordStrategy[];
    };
    now: () => number;
  }) {
    this.#store = deps.store;
    this.#sessions = deps.sessions;
    this.#lockout = deps.lockout;
    this.#sentCodes = deps.sentCodes;
    this.#passwords = deps.passwords;
    this.#settings = deps.settings;
    this.#now = deps.now;
  }

  /** `POST /v1/client/sign_ins`: identifier (+ password) → a new sign-in on the client. */
  create(client: Client, command: CreateSignInCommand): SignIn {
    if (this.#settings.singleSessionMode && this.#store.activeSessionsOf(client).length > 0) {
      throw fapiErrors.sessionExists();
    }
    const { strategy, password } = command;
    if (strategy !== undefined && strategy !== 'password')
      throw fapiErrors.strategyForUserInvalid();
    const identifier = command.identifier?.trim() || undefined;
    if (identifier === undefined) {
      if (password !== undefined || strategy !== undefined)
        throw fapiErrors.formParamMissing('identifier');
      return this.#attach(client, this.#newSignIn(client, null, null, 'needs_identifier'));
    }
    const user = this.#store.findUserByEmail(identifier);
    if (!user) throw fapiErrors.formIdentifierNotFound();
    this.#lockout.assertNotLocked(user);
    const signIn = this.#attach(
      client,
      this.#newSignIn(client, user, identifier, 'needs_first_factor'),
    );
    if (password === undefined) {
      if (strategy === 'password') throw fapiErrors.formParamMissing('password');
      return signIn;
    }
    this.#verifyPassword(signIn, user, password);
    return this.#afterFirstFactor(client, signIn, user);
  }

  /** `GET /v1/client/sign_ins/{id}`. */
  get(client: Client, signInId: string): SignIn {
    return this.#findSignIn(client, signInId);
  }

  /**
   * `POST …/prepare_first_factor`: e-mails a sign-in code (`email_code`), or a
   * password-reset code by e-mail (`reset_password_email_code`) or SMS
   * (`reset_password_phone_code`), as the instance offers them.
   */
  prepareFirstFactor(client: Client, signInId: string, command: PrepareFactorCommand): SignIn {
    const { signIn, user } = this.#signInAt(
      client,
      signInId,
      FIRST_STEP,
      'the first factor preparation',
    );
    if (!command.strategy) throw fapiErrors.formParamMissing('strategy');
    const factor = this.#offeredCodeFirstFactor(user, command.strategy);
    const namedElsewhere =
      factor.strategy === 'reset_password_phone_code'
        ? command.phoneNumberId !== undefined && command.phoneNumberId !== factor.phoneNumberId
        : command.emailAddressId !== undefined && command.emailAddressId !== factor.emailAddressId;
    if (namedElsewhere) throw fapiErrors.strategyForUserInvalid();
    signIn.firstFactorVerification = this.#sentCodes.send(
      {
        user,
        strategy: factor.strategy,
        to: 'phoneNumber' in factor ? factor.phoneNumber : factor.emailAddress,
        signInId: signIn.id,
      },
      signIn.firstFactorVerification,
    );
    return signIn;
  }

  /**
   * `POST …/attempt_first_factor`: `password`, or a code sent by prepare. A password-reset
   * code moves the sign-in to `needs_new_password`; trying it again there answers
   * `verification_already_verified`.
   */
  attemptFirstFactor(client: Client, signInId: string, command: AttemptFactorCommand): SignIn {
    const { signIn, user } = this.#signInAt(
      client,
      signInId,
      [...FIRST_STEP, 'needs_new_password'],
      'the first factor verification',
    );
    const { strategy } = command;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (signIn.status === 'needs_new_password' && !isResetPasswordStrategy(strategy))
      throw fapiErrors.signInStateInvalid('the first factor verification');
    this.#lockout.assertNotLocked(user);
    if (strategy === 'password') {
      if (!command.password) throw fapiErrors.formParamMissing('password');
      this.#verifyPassword(signIn, user, command.password);
      return this.#afterFirstFactor(client, signIn, user);
    }
    const factor = this.#offeredCodeFirstFactor(user, strategy);
    if (!command.code) throw fapiErrors.formParamMissing('code');
    this.#sentCodes.check(signIn.firstFactorVerification, factor.strategy, user, command.code);
    if (!isResetPasswordStrategy(factor.strategy))
      return this.#afterFirstFactor(client, signIn, user);
    signIn.status = 'needs_new_password';
    client.updatedAt = this.#now();
    return signIn;
  }

  /**
   * `POST …/reset_password`: the new password of a sign-in at `needs_new_password`. On to
   * the second factor for a user who has one; otherwise the sign-in completes.
   */
  resetPassword(client: Client, signInId: string, command: ResetPasswordCommand): SignIn {
    const { signIn, user } = this.#signInAt(
      client,
      signInId,
      ['needs_new_password'],
      'the password reset',
    );
    if (!command.password) throw fapiErrors.formParamMissing('password');
    this.#lockout.assertNotLocked(user);
    this.#passwords.setNewPassword(user, command.password, {
      paramName: 'password',
      signOutOfOtherSessions: command.signOutOfOtherSessions,
      currentSessionId: null,
    });
    if (user.mfa) signIn.status = 'needs_second_factor';
    else this.#complete(client, signIn, user, null);
    client.updatedAt = this.#now();
    return signIn;
  }

  /** `POST …/prepare_second_factor`: texts a `phone_code`, or e-mails the new-device `email_code`. */
  prepareSecondFactor(client: Client, signInId: string, command: PrepareFactorCommand): SignIn {
    const { signIn, user } = this.#signInAt(
      client,
      signInId,
      SECOND_STEP,
      'the second factor preparation',
    );
    const { strategy } = command;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (strategy !== 'phone_code' && strategy !== 'email_code')
      throw fapiErrors.strategyForUserInvalid();
    const factor = this.#offeredFactor(signIn, user, strategy, command);
    signIn.secondFactorVerification = this.#sentCodes.send(
      {
        user,
        strategy,
        to: factor.strategy === 'phone_code' ? factor.phoneNumber : user.email,
        signInId: signIn.id,
      },
      signIn.secondFactorVerification,
    );
    return signIn;
  }

  /** `POST …/attempt_second_factor`: `totp`, `backup_code`, or a prepared `phone_code` / `email_code`. */
  attemptSecondFactor(client: Client, signInId: string, command: AttemptFactorCommand): SignIn {
    const { signIn, user } = this.#signInAt(
      client,
      signInId,
      SECOND_STEP,
      'the second factor verification',
    );
    const { strategy, code } = command;
    if (!strategy) throw fapiErrors.formParamMissing('strategy');
    if (!code) throw fapiErrors.formParamMissing('code');
    this.#lockout.assertNotLocked(user);
    if (
      strategy !== 'totp' &&
      strategy !== 'backup_code' &&
      strategy !== 'phone_code' &&
      strategy !== 'email_code'
    ) {
      throw fapiErrors.strategyForUserInvalid();
    }
    this.#offeredFactor(signIn, user, strategy, {});
    const now = this.#now();
    if (strategy === 'phone_code' || strategy === 'email_code') {
      this.#sentCodes.check(signIn.secondFactorVerification, strategy, user, code);
    } else {
      const previous =
        signIn.secondFactorVerification?.strategy === strategy
          ? signIn.secondFactorVerification
          : null;
      const verification: Verification = {
        strategy,
        status: 'unverified',
        attempts: (previous?.attempts ?? 0) + 1,
        expireAt: null,
      };
      signIn.secondFactorVerification = verification;
      const accepted =
        strategy === 'totp'
          ? user.totpSecret !== null && isTotpCodeValid(user.totpSecret, code, now)
          : useBackupCode(user, code, now);
      if (!accepted) throw this.#lockout.failedAttempt(user, fapiErrors.formCodeIncorrect());
      verification.status = 'verified';
      this.#lockout.succeeded(user);
    }
    const trustCheck = signIn.status === 'needs_client_trust';
    if (trustCheck) client.trustedUserIds.add(user.id);
    this.#complete(client, signIn, user, trustCheck ? null : now);
    return signIn;
  }

  #newSignIn(
    client: Client,
    user: User | null,
    identifier: string | null,
    status: SignInStatus,
  ): SignIn {
    const now = this.#now();
    return {
      id: createId('sia'),
      clientId: client.id,
      userId: user?.id ?? null,
      identifier,
      status,
      createdAt: now,
      abandonAt: now + this.#settings.signInLifetimeSeconds * 1000,
      firstFactorVerification: null,
      secondFactorVerification: null,
      createdSessionId: null,
    };
  }

  #attach(client: Client, signIn: SignIn): SignIn {
    this.#store.attachSignIn(client, signIn);
    client.updatedAt = this.#now();
    return signIn;
  }

  /** The client's sign-in `signInId`; `resource_not_found` for another client's or an abandoned one. */
  #findSignIn(client: Client, signInId: string): SignIn {
    const signIn = this.#store.signIn(signInId);
    if (!signIn || signIn.clientId !== client.id) throw fapiErrors.signInNotFound(signInId);
    if (this.#now() >= signIn.abandonAt) {
      // Abandoned: Clerk no longer returns it, and the client forgets it.
      if (client.signInId === signIn.id) this.#store.detachSignIn(client);
      throw fapiErrors.signInNotFound(signInId);
    }
    return signIn;
  }

  /** The client's sign-in if it stands at one of `statuses`, with its user; `client_state_invalid` otherwise. */
  #signInAt(
    client: Client,
    signInId: string,
    statuses: readonly SignInStatus[],
    action: string,
  ): { signIn: SignIn; user: User } {
    const signIn = this.#findSignIn(client, signInId);
    if (!statuses.includes(signIn.status)) throw fapiErrors.signInStateInvalid(action);
    return { signIn, user: this.#userOf(signIn) };
  }

  #userOf(signIn: SignIn): User {
    const user = this.#store.user(signIn.userId);
    if (!user) throw fapiErrors.signInStateInvalid('this step before identifying the user');
    return user;
  }

  /** The code-based first factor of `strategy` the user has, or `strategy_for_user_invalid`. */
  #offeredCodeFirstFactor(user: User, strategy: string): CodeFirstFactor {
    const factor = firstFactorsOf(user, this.#settings.resetPasswordStrategies).find(
      (offered): offered is CodeFirstFactor =>
        offered.strategy !== 'password' && offered.strategy === strategy,
    );
    if (!factor) throw fapiErrors.strategyForUserInvalid();
    return factor;
  }

  /**
   * The factor of `strategy` the sign-in offers (the phone number or address the command
   * names, else the first one), or `strategy_for_user_invalid`.
   */
  #offeredFactor(
    signIn: SignIn,
    user: User,
    strategy: string,
    named: Pick<PrepareFactorCommand, 'phoneNumberId' | 'emailAddressId'>,
  ): OfferedSecondFactor {
    const factor = offeredSecondFactors(signIn, user)?.find(
      (offered) =>
        offered.strategy === strategy &&
        (offered.strategy !== 'phone_code' ||
          named.phoneNumberId === undefined ||
          named.phoneNumberId === offered.phoneNumberId) &&
        (offered.strategy !== 'email_code' ||
          named.emailAddressId === undefined ||
          named.emailAddressId === offered.emailAddressId),
    );
    if (!factor) throw fapiErrors.strategyForUserInvalid();
    return factor;
  }

  #verifyPassword(signIn: SignIn, user: User, password: string): void {
    const previousAttempts =
      signIn.firstFactorVerification?.strategy === 'password'
        ? signIn.firstFactorVerification.attempts
        : 0;
    const verification: Verification = {
      strategy: 'password',
      status: 'unverified',
      attempts: previousAttempts + 1,
      expireAt: null,
    };
    signIn.firstFactorVerification = verification;
    if (!verifyPassword(password, user.passwordHash)) {
      throw this.#lockout.failedAttempt(user, fapiErrors.formPasswordIncorrect());
    }
    verification.status = 'verified';
    this.#lockout.succeeded(user);
  }

  #afterFirstFactor(client: Client, signIn: SignIn, user: User): SignIn {
    if (user.mfa) {
      signIn.status = 'needs_second_factor';
    } else if (user.newDeviceCheck && !client.trustedUserIds.has(user.id)) {
      signIn.status = 'needs_client_trust';
    } else {
      this.#complete(client, signIn, user, null);
    }
    client.updatedAt = this.#now();
    return signIn;
  }

  #complete(
    client: Client,
    signIn: SignIn,
    user: User,
    secondFactorVerifiedAt: number | null,
  ): void {
    const session = this.#sessions.create(client, user, secondFactorVerifiedAt);
    signIn.status = 'complete';
    signIn.createdSessionId = session.id;
  }
}
