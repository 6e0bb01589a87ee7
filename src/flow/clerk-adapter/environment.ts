/** What the flows read of the instance's environment, which clerk-js loads with itself. */
import type { ClerkLike } from './clerk-types.js';

/** The application's name in the instance's display configuration (`{{applicationName}}`), if Clerk has one. */
export function applicationNameOf(clerk: ClerkLike): string | undefined {
  return clerk.__internal_environment?.displayConfig?.applicationName || undefined;
}
