/**
 * A fake Clerk for unit and element tests: implements `ClerkLike` with scripted
 * answers, records every call with its parameters, can hold a call until the test
 * releases it, and throws errors shaped like clerk-js 6's (`ClerkAPIResponseError`,
 * `ClerkRuntimeError`, the `Error` clerk-js throws when fetch fails).
 *
 * Like clerk-js, a sign-in call answers with the very resource it was called on,
 * updated, and then puts a new copy in `client.signIn` (a fresh, empty one once the
 * sign-in is complete); every answer builds a new `secondFactorVerification` object,
 * while an offline answer leaves the resource untouched.
 *
 *     const clerk = new FakeClerk();
 *     clerk.respond('signIn.create', needsSecondFactor(fakeFactors.totp));
 *     clerk.respond('signIn.attemptSecondFactor', { throws: fakeApiError('form_code_incorrect') });
 *     const held = clerk.holdNext('signIn.attemptSecondFactor');
 *     …
 *     held.release();
 *     clerk.callsTo('signIn.create') // → [{ method, params: { identifier, password } }]
 */
import type {
  AttemptResetCodeParams,
  AttemptSecondFactorParams,
  ClerkLike,
  ClerkResources,
  PrepareResetCodeParams,
  PrepareSecondFactorParams,
  ResetPasswordParams,
  SecondFactorLike,
  SessionLike,
  SignInResourceLike,
  UserLike,
} from '../../src/flow/clerk-adapter/index.js';

/** The calls the fake records and can be scripted for. */
export type FakeClerkMethod =
  | 'load'
  | 'signIn.create'
  | 'signIn.prepareSecondFactor'
  | 'signIn.attemptSecondFactor'
  | 'signIn.prepareFirstFactor'
  | 'signIn.attemptFirstFactor'
  | 'signIn.resetPassword'
  /** The signed-in user's `updatePassword` (the `reset-password` task), which ends the task. */
  | 'user.updatePassword'
  | 'setActive'
  | 'signOut';

/** The fields of a sign-in that a scripted answer sets. */
export interface FakeSignInFields {
  readonly id?: string;
  readonly status: string | null;
  readonly supportedSecondFactors?: readonly SecondFactorLike[] | null;
  readonly supportedFirstFactors?: readonly SecondFactorLike[] | null;
  readonly createdSessionId?: string | null;
}

/** What a call does when it is made. */
export type FakeOutcome =
  /** A sign-in call answers with a sign-in having these fields. */
  | { readonly signIn: FakeSignInFields }
  /** The call throws (rejects with) this. */
  | { readonly throws: unknown }
  /** As clerk-js offline or in an automated browser: the resource comes back untouched. */
  | { readonly offline: true }
  /** The call resolves `null`. */
  | { readonly returnsNull: true }
  /** `load`, `setActive` or `signOut` succeeds (what they do when nothing is scripted). */
  | { readonly succeeds: true };

export interface FakeCall {
  readonly method: FakeClerkMethod;
  readonly params: unknown;
}

/** A call held by `holdNext`: it waits, once made, until `release()`. */
export interface FakeHeldCall {
  /** Resolves when the held call has been made (and is waiting). */
  readonly reached: Promise<void>;
  /** Lets the held call go on with its scripted outcome. */
  release(): void;
}

/** Second factors as Clerk lists them in `supportedSecondFactors`. */
export const fakeFactors = {
  totp: { strategy: 'totp' },
  backupCode: { strategy: 'backup_code' },
  phoneCode: {
    strategy: 'phone_code',
    phoneNumberId: 'idn_fake_phone',
    safeIdentifier: '+1******0123',
    default: true,
  },
  emailCode: {
    strategy: 'email_code',
    emailAddressId: 'idn_fake_email',
    safeIdentifier: 'a***@example.com',
  },
  /** The code that resets a forgotten password, by email (a first factor). */
  resetEmailCode: {
    strategy: 'reset_password_email_code',
    emailAddressId: 'idn_fake_email',
    safeIdentifier: 'a***@example.com',
  },
  /** The same by SMS. */
  resetPhoneCode: {
    strategy: 'reset_password_phone_code',
    phoneNumberId: 'idn_fake_phone',
    safeIdentifier: '+1******0123',
  },
  /** A factor this package does not finish. */
  emailLink: {
    strategy: 'email_link',
    emailAddressId: 'idn_fake_email',
    safeIdentifier: 'a***@example.com',
  },
} as const satisfies Record<string, SecondFactorLike>;

export const fakeSessionId = 'sess_fake_1';
export const fakeSignInId = 'sia_fake_1';

/** The user `setActive` signs in, unless the test sets `userAfterSignIn`. */
export const fakeUser: UserLike = {
  id: 'user_fake_1',
  fullName: 'Ada Lovelace',
  primaryEmailAddress: { emailAddress: 'ada@example.com' },
};

export function needsSecondFactor(...factors: SecondFactorLike[]): FakeOutcome {
  return {
    signIn: { id: fakeSignInId, status: 'needs_second_factor', supportedSecondFactors: factors },
  };
}

export function needsClientTrust(...factors: SecondFactorLike[]): FakeOutcome {
  return {
    signIn: { id: fakeSignInId, status: 'needs_client_trust', supportedSecondFactors: factors },
  };
}

/** A sign-in started without a password: the first factors Clerk offers (reset codes among them). */
export function needsFirstFactor(...factors: SecondFactorLike[]): FakeOutcome {
  return {
    signIn: { id: fakeSignInId, status: 'needs_first_factor', supportedFirstFactors: factors },
  };
}

/** A reset code accepted: the sign-in waits for its new password. */
export function needsNewPassword(): FakeOutcome {
  return { signIn: { id: fakeSignInId, status: 'needs_new_password' } };
}

export function signInComplete(sessionId: string = fakeSessionId): FakeOutcome {
  return { signIn: { id: fakeSignInId, status: 'complete', createdSessionId: sessionId } };
}

export function signInWithStatus(status: string | null): FakeOutcome {
  return { signIn: { id: fakeSignInId, status } };
}

/** HTTP statuses Clerk's Frontend API answers these error codes with. */
const fakeStatusByCode: Readonly<Record<string, number>> = {
  verification_expired: 400,
  verification_failed: 400,
  session_exists: 400,
  user_locked: 403,
  resource_not_found: 404,
  too_many_requests: 429,
};

/** Shaped like clerk-js 6's `ClerkAPIResponseError`; named as a fake. */
export class FakeClerkAPIResponseError extends Error {
  readonly clerkError = true;
  readonly code = 'api_response_error';
  readonly status: number;
  readonly retryAfter: number | undefined;
  readonly errors: ReadonlyArray<{
    readonly code: string;
    readonly message: string;
    readonly longMessage?: string;
    readonly meta: { readonly paramName?: string };
  }>;

  constructor(
    code: string,
    options: {
      status?: number;
      longMessage?: string;
      paramName?: string;
      retryAfter?: number;
    } = {},
  ) {
    super(options.longMessage ?? `Fake Clerk error ${code}`);
    this.name = 'ClerkAPIResponseError';
    this.status = options.status ?? fakeStatusByCode[code] ?? 422;
    this.retryAfter = options.retryAfter;
    this.errors = [
      {
        code,
        message: `fake short message for ${code}`,
        ...(options.longMessage !== undefined ? { longMessage: options.longMessage } : {}),
        meta: options.paramName !== undefined ? { paramName: options.paramName } : {},
      },
    ];
  }
}

/** An error answer of Clerk's Frontend API with this code, as clerk-js throws it. */
export function fakeApiError(
  code: string,
  options?: { status?: number; longMessage?: string; paramName?: string; retryAfter?: number },
): FakeClerkAPIResponseError {
  return new FakeClerkAPIResponseError(code, options);
}

/** Shaped like clerk-js 6's `ClerkRuntimeError`; named as a fake. */
export class FakeClerkRuntimeError extends Error {
  readonly clerkError = true;
  readonly clerkRuntimeError = true;
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ClerkRuntimeError';
  }
}

/** What clerk-js throws when told to rethrow network failures (`code: 'network_error'`). */
export function fakeRuntimeNetworkError(): FakeClerkRuntimeError {
  return new FakeClerkRuntimeError('Network request failed while offline', 'network_error');
}

/** What fetch itself throws when the server cannot be reached. */
export function fakeFetchTypeError(): TypeError {
  return new TypeError('Failed to fetch');
}

/** What clerk-js 6 throws when its fetch fails. */
export function fakeClerkJsNetworkError(): Error {
  return new Error(
    'ClerkJS: Network error at "http://127.0.0.1:8000/v1/client/sign_ins" - TypeError: Failed to fetch. Please try again.',
  );
}

/** A sign-in resource of the fake; its calls go through the `FakeClerk` that made it. */
export class FakeSignIn implements SignInResourceLike {
  id: string | null = null;
  status: string | null = null;
  supportedSecondFactors: readonly SecondFactorLike[] | null = null;
  supportedFirstFactors: readonly SecondFactorLike[] | null = null;
  createdSessionId: string | null = null;
  secondFactorVerification: object = { status: null };
  firstFactorVerification: object = { status: null };

  constructor(private readonly clerk: FakeClerk) {}

  create(params: {
    identifier: string;
    password?: string;
    strategy?: 'password';
  }): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.create', params);
  }

  prepareSecondFactor(params: PrepareSecondFactorParams): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.prepareSecondFactor', params);
  }

  attemptSecondFactor(params: AttemptSecondFactorParams): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.attemptSecondFactor', params);
  }

  prepareFirstFactor(params: PrepareResetCodeParams): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.prepareFirstFactor', params);
  }

  attemptFirstFactor(params: AttemptResetCodeParams): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.attemptFirstFactor', params);
  }

  resetPassword(params: ResetPasswordParams): Promise<SignInResourceLike> {
    return this.clerk.answerSignInCall(this, 'signIn.resetPassword', params);
  }

  /** Takes the fields of an answer, with new verification objects, as clerk-js's `fromJSON` does. */
  applyAnswer(fields: FakeSignInFields): this {
    this.id = fields.id ?? this.id;
    this.status = fields.status;
    this.supportedSecondFactors = fields.supportedSecondFactors ?? null;
    this.supportedFirstFactors = fields.supportedFirstFactors ?? this.supportedFirstFactors;
    this.createdSessionId = fields.createdSessionId ?? null;
    const verified = fields.status === 'complete' ? 'verified' : 'unverified';
    this.secondFactorVerification = { status: verified };
    this.firstFactorVerification = { status: verified };
    return this;
  }

  copy(): FakeSignIn {
    const copy = new FakeSignIn(this.clerk);
    copy.id = this.id;
    copy.status = this.status;
    copy.supportedSecondFactors = this.supportedSecondFactors;
    copy.supportedFirstFactors = this.supportedFirstFactors;
    copy.createdSessionId = this.createdSessionId;
    copy.secondFactorVerification = this.secondFactorVerification;
    copy.firstFactorVerification = this.firstFactorVerification;
    return copy;
  }
}

export interface FakeClerkOptions {
  /** Whether `loaded` is already true; true by default. */
  readonly loaded?: boolean;
  /** A user already signed in (with a session) when the flow gets the fake. */
  readonly signedInUser?: UserLike;
  /** The name in the instance's display configuration, as clerk-js holds it once loaded. */
  readonly applicationName?: string;
}

/** A fake `ClerkLike`; see the file comment. */
export class FakeClerk implements ClerkLike {
  loaded: boolean;
  client: {
    signIn: FakeSignIn;
    sessions: SessionLike[];
    lastActiveSessionId: string | null;
  } | null;
  user: UserLike | null = null;
  session: SessionLike | null = null;
  /** The environment clerk-js loads; only its display configuration's name is read. */
  __internal_environment: { displayConfig: { applicationName: string } } | null = null;
  /** The listeners given to `addListener`, told of every change as clerk-js tells them. */
  private readonly listeners = new Set<(resources: ClerkResources) => void>();
  /** The user `setActive` makes current; null models a client that has not caught up yet. */
  userAfterSignIn: UserLike | null = fakeUser;
  /**
   * The task the session `setActive` makes current waits for (`setup-mfa`, …), leaving it
   * pending; null (the default) makes it active, as once its task is done.
   */
  taskAfterSignIn: string | null = null;

  /** Every call made, in order, with its parameters. */
  readonly calls: FakeCall[] = [];
  private readonly scripts = new Map<FakeClerkMethod, FakeOutcome[]>();
  private readonly holds = new Map<
    FakeClerkMethod,
    Array<{ reached: () => void; released: Promise<void> }>
  >();

  constructor(options: FakeClerkOptions = {}) {
    this.loaded = options.loaded ?? true;
    if (options.applicationName !== undefined) {
      this.__internal_environment = { displayConfig: { applicationName: options.applicationName } };
    }
    this.client = { signIn: new FakeSignIn(this), sessions: [], lastActiveSessionId: null };
    if (options.signedInUser) {
      this.user = options.signedInUser;
      this.session = { id: 'sess_fake_existing' };
    }
  }

  /** Queues outcomes for the next calls of `method`, one per call, in order. */
  respond(method: FakeClerkMethod, ...outcomes: FakeOutcome[]): this {
    const queue = this.scripts.get(method) ?? [];
    queue.push(...outcomes);
    this.scripts.set(method, queue);
    return this;
  }

  /** Makes the next call of `method` wait until the returned hold is released. */
  holdNext(method: FakeClerkMethod): FakeHeldCall {
    let reached!: () => void;
    let release!: () => void;
    const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    const queue = this.holds.get(method) ?? [];
    queue.push({ reached, released });
    this.holds.set(method, queue);
    return { reached: reachedPromise, release };
  }

  /** The recorded calls of one method. */
  callsTo(method: FakeClerkMethod): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Outcomes scripted but not used yet, per method: a test can check it used them all. */
  unusedOutcomes(): Partial<Record<FakeClerkMethod, number>> {
    const unused: Partial<Record<FakeClerkMethod, number>> = {};
    for (const [method, queue] of this.scripts) if (queue.length > 0) unused[method] = queue.length;
    return unused;
  }

  async load(options?: Record<string, unknown>): Promise<void> {
    this.throwIfScripted(await this.begin('load', options ?? {}));
    this.loaded = true;
  }

  async setActive(params: { session: string | null; navigate?: () => void }): Promise<void> {
    const { session: sessionId } = params;
    this.throwIfScripted(
      await this.begin(
        'setActive',
        params.navigate ? { session: sessionId, navigates: true } : params,
      ),
    );
    this.session = sessionId ? this.sessionMadeBySignIn(sessionId) : null;
    this.user = sessionId && this.userAfterSignIn ? this.withUserCalls(this.userAfterSignIn) : null;
    if (this.client && this.session) {
      this.client.sessions = [this.session];
      this.client.lastActiveSessionId = this.session.id;
    }
    this.emitChange();
  }

  /**
   * The signed-in user with the calls the flow makes on it: `updatePassword` ends a
   * `reset-password` task (the next `setActive` makes the session active), unless scripted to throw.
   */
  private withUserCalls(user: UserLike): UserLike {
    const updatePassword = async (params: unknown) => {
      const outcome = await this.begin('user.updatePassword', params);
      this.throwIfScripted(outcome);
      if (this.taskAfterSignIn === 'reset-password') this.taskAfterSignIn = null;
      return user;
    };
    // The user as given (a fake with methods of its own keeps them, bound to itself), plus updatePassword.
    return new Proxy(user, {
      get(target, key) {
        if (key === 'updatePassword') return updatePassword;
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  }

  /** A session as a sign-in makes it: pending with `taskAfterSignIn`, else active. */
  private sessionMadeBySignIn(sessionId: string): SessionLike {
    const task = this.taskAfterSignIn;
    return task
      ? { id: sessionId, status: 'pending', currentTask: { key: task } }
      : { id: sessionId, status: 'active' };
  }

  addListener(listener: (resources: ClerkResources) => void): () => void {
    this.listeners.add(listener);
    listener({ session: this.session, user: this.user });
    return () => this.listeners.delete(listener);
  }

  /** How many listeners `addListener` holds now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * As another tab does through clerk-js: signs `user` in with a session held by the
   * client (or signs out, with null), and tells the listeners.
   */
  changeSessionElsewhere(user: UserLike | null, sessionId = 'sess_fake_elsewhere'): void {
    this.user = user;
    this.session = user ? { id: sessionId, status: 'active' } : null;
    if (this.client) {
      this.client.sessions = this.session ? [this.session] : [];
      this.client.lastActiveSessionId = this.session?.id ?? null;
    }
    this.emitChange();
  }

  private emitChange(): void {
    for (const listener of [...this.listeners])
      listener({ session: this.session, user: this.user });
  }

  /** Records whether the caller asked to stay on the page (gave `afterSignOut`) instead of navigating. */
  async signOut(afterSignOut?: () => void | Promise<void>): Promise<void> {
    this.throwIfScripted(
      await this.begin('signOut', { staysOnPage: typeof afterSignOut === 'function' }),
    );
    await afterSignOut?.();
    this.session = null;
    this.user = null;
    this.emitChange();
  }

  /** Answers a call of a `FakeSignIn` the way clerk-js's sign-in resource does. */
  async answerSignInCall(
    resource: FakeSignIn,
    method: FakeClerkMethod,
    params: unknown,
  ): Promise<SignInResourceLike> {
    const outcome = await this.begin(method, params);
    if (!outcome) throw new Error(`FakeClerk: no answer scripted for ${method}`);
    if ('throws' in outcome) throw outcome.throws;
    if ('returnsNull' in outcome) return null as unknown as SignInResourceLike;
    if ('offline' in outcome) return resource;
    if ('succeeds' in outcome) throw new Error(`FakeClerk: ${method} needs a sign-in answer`);
    resource.applyAnswer(outcome.signIn);
    if (this.client) {
      const complete = outcome.signIn.status === 'complete';
      this.client.signIn = complete ? new FakeSignIn(this) : resource.copy();
      // As Clerk's answer holds the client: the session the sign-in created, not current yet.
      const sessionId = outcome.signIn.createdSessionId;
      if (complete && sessionId) this.client.sessions = [this.sessionMadeBySignIn(sessionId)];
    }
    return resource;
  }

  /** Records the call, waits if it is held, and takes its scripted outcome. */
  private async begin(method: FakeClerkMethod, params: unknown): Promise<FakeOutcome | undefined> {
    this.calls.push({ method, params });
    const outcome = this.scripts.get(method)?.shift();
    const hold = this.holds.get(method)?.shift();
    if (hold) {
      hold.reached();
      await hold.released;
    }
    return outcome;
  }

  /** `load`, `setActive` and `signOut` succeed unless told to throw. */
  private throwIfScripted(outcome: FakeOutcome | undefined): void {
    if (outcome && 'throws' in outcome) throw outcome.throws;
  }
}

/**
 * A fake loader for `SignInFlow.attach`: resolves the fake Clerk, rejects, or holds
 * loads until told. `getClerk` is one function for the loader's life, as the flow
 * compares loaders by identity.
 */
export class FakeClerkLoader {
  /** How many times `getClerk` was called. */
  loadCount = 0;
  private mode: 'succeed' | 'fail' | 'hold' = 'succeed';
  private waiting: Array<{
    resolve: (clerk: ClerkLike) => void;
    reject: (error: unknown) => void;
  }> = [];

  constructor(private readonly clerk: ClerkLike) {}

  readonly getClerk = (): Promise<ClerkLike> => {
    this.loadCount += 1;
    if (this.mode === 'succeed') return Promise.resolve(this.clerk);
    if (this.mode === 'fail')
      return Promise.reject(new Error('fake: clerk-js could not be loaded'));
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  };

  /** Loads from now on wait until `succeed()` or `fail()`. */
  hold(): this {
    this.mode = 'hold';
    return this;
  }

  /** Loads from now on succeed, and so do the ones waiting. */
  succeed(): this {
    this.mode = 'succeed';
    for (const waiting of this.takeWaiting()) waiting.resolve(this.clerk);
    return this;
  }

  /** Loads from now on fail, and so do the ones waiting. */
  fail(): this {
    this.mode = 'fail';
    for (const waiting of this.takeWaiting())
      waiting.reject(new Error('fake: clerk-js could not be loaded'));
    return this;
  }

  private takeWaiting() {
    const waiting = this.waiting;
    this.waiting = [];
    return waiting;
  }
}
