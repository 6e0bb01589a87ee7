/**
 * Names and answers of the test-runner commands that `emulator-test-setup.ts` serves
 * (Node) and `emulator-page.ts` sends (browser). Kept free of imports so both sides can
 * load it.
 */

/** Commands the end-to-end tests send with `executeServerCommand`. */
export const emulatorCommands = {
  /** Answers an {@link EmulatorSelection} for the browser that asks. */
  select: 'clerk-emulator-select',
  /** Answers the {@link RecordedFapiRequest}s since the last call, and forgets them. */
  takeRequests: 'clerk-emulator-take-requests',
  /** Answers the spec violations found since the last call (one line each), and forgets them. */
  takeViolations: 'clerk-emulator-take-violations',
} as const;

/** What the command `clerk-emulator-select` answers. */
export interface EmulatorSelection {
  /** `name=value; …` to assign to `document.cookie`, so the page's requests reach its browser's emulator. */
  readonly cookie: string;
  /** The same cookie, expired: assign it to leave the browser's emulator. */
  readonly expiredCookie: string;
  /** The publishable key that names the emulated instance. */
  readonly publishableKey: string;
  /** Failed password or code attempts after which a user is locked. */
  readonly lockoutAttempts: number;
}

/** A Frontend API request the emulator received. */
export interface RecordedFapiRequest {
  /** Effective method: `DELETE` for `POST …?_method=DELETE`. */
  readonly method: string;
  /** Path below the mount path, without query, e.g. `/v1/client/sign_ins`. */
  readonly path: string;
}
