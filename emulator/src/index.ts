/**
 * `clerk-fapi-emulator`: an emulator of the part of Clerk's Frontend
 * API that email + password sign-in with a second factor uses, so real
 * `@clerk/clerk-js` 6 runs demos and tests offline. Node only.
 *
 * @packageDocumentation
 */
export {
  createEmulator,
  type ClerkEmulator,
  type EmulatorStats,
  type NextFunction,
} from './emulator.js';
export {
  normalizeMountPath,
  type EmulatorOptions,
  type FapiResponseForValidation,
  type ResolvedEmulatorOptions,
} from './options.js';
export type { OutboxMessage, SecondFactorStrategy, SessionTaskKey } from './domain/model.js';
export type { InstanceSettings } from './domain/instance-settings.js';
export {
  DEFAULT_FRONTEND_API_HOST,
  DEV_BROWSER_FRONTEND_API_HOST,
  publishableKeyFor,
} from './publishable-key.js';
export { defaultSeed, loadSeed, type SeedFile, type SeedUser } from './seed.js';
export type { CurrentTotp, DemoUser, OutboxFilter } from './control/control-service.js';
export { InvalidControlInput } from './control/control-errors.js';
export {
  FaultInjector,
  type FailNextOptions,
  type FailureFault,
  type DropMode,
  type FaultsSnapshot,
} from './control/faults.js';
export type { JsonWebKeySet } from './fapi/session-tokens.js';
export { TOTP_SETTINGS, totpCodeAt, totpUri } from './domain/totp.js';
export {
  assertLoopbackHost,
  isLoopbackHost,
  startEmulatorServer,
  type EmulatorServerOptions,
  type RunningEmulatorServer,
} from './adapters/loopback-server.js';
export {
  clerkEmulatorVitePlugin,
  type ClerkEmulatorVitePlugin,
  type ConnectServerLike,
} from './adapters/vite-plugin.js';
export {
  clerkEmulatorPlugin,
  type ClerkEmulatorDevServerPlugin,
  type KoaAppLike,
  type KoaContextLike,
} from './adapters/web-dev-server-plugin.js';
