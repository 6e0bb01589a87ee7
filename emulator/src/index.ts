/**
 * `clerk-fapi-emulator`: an emulator of the part of Clerk's Frontend
 * API that email + password sign-in with a second factor uses, so real
 * `@clerk/clerk-js` 6 runs demos and tests offline. Node only.
 *
 * @packageDocumentation
 */
export { createEmulator, type ClerkEmulator, type NextFunction } from './emulator.js';
export {
  normalizeMountPath,
  type EmulatorOptions,
  type FapiResponseForValidation,
  type ResolvedEmulatorOptions,
  type SecondFactorStrategy,
} from './options.js';
export {
  DEFAULT_FRONTEND_API_HOST,
  DEV_BROWSER_FRONTEND_API_HOST,
  publishableKeyFor,
} from './publishable-key.js';
export { defaultSeed, loadSeed, type SeedFile, type SeedUser } from './seed.js';
export type { DemoUser, OutboxFilter } from './control-routes.js';
export type { OutboxMessage } from './one-time-codes.js';
export {
  FaultInjector,
  type FailNextOptions,
  type FailureFault,
  type FaultsSnapshot,
} from './faults.js';
export type { JsonWebKeySet } from './session-tokens.js';
export { TOTP_SETTINGS, totpCodeAt, totpUri } from './totp.js';
export {
  assertLoopbackHost,
  isLoopbackHost,
  startEmulatorServer,
  type EmulatorServerOptions,
  type RunningEmulatorServer,
} from './loopback-server.js';
export {
  clerkEmulatorVitePlugin,
  type ClerkEmulatorVitePlugin,
  type ConnectServerLike,
} from './vite-plugin.js';
export {
  clerkEmulatorPlugin,
  type ClerkEmulatorDevServerPlugin,
  type KoaAppLike,
  type KoaContextLike,
} from './web-dev-server-plugin.js';
