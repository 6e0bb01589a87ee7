/** What the flows read of the instance's environment, which clerk-js loads with itself. */
import type { ClerkLike } from './clerk-types.js';

/** The application's name in the instance's display configuration (`{{applicationName}}`), if Clerk has one. */
export function applicationNameOf(clerk: ClerkLike): string | undefined {
  return clerk.__internal_environment?.displayConfig?.applicationName || undefined;
}

/** The shortest password the instance accepts, if Clerk states one. */
export function minimumPasswordLengthOf(clerk: ClerkLike | null): number | undefined {
  const length = clerk?.__internal_environment?.userSettings?.passwordSettings?.min_length;
  return typeof length === 'number' && length > 0 ? length : undefined;
}
