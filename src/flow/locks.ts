/**
 * Submits refused until a given time: for everyone, when Clerk rate-limits this browser
 * (`too_many_requests`), or for one account, when Clerk locks it (`user_locked`). A lock
 * of one account never refuses another.
 */
export interface Locks {
  /** Epoch milliseconds until which every submit is refused, or null. */
  readonly everyone: number | null;
  /** Epoch milliseconds until which each locked account is, by its identifier in lower case. */
  readonly accounts: ReadonlyMap<string, number>;
}

export const noLocks: Locks = { everyone: null, accounts: new Map() };

function accountKey(identifier: string): string {
  return identifier.trim().toLowerCase();
}

/** Until when a submit for `identifier` is refused (the later of both locks), or null. */
export function lockedUntil(locks: Locks, identifier: string): number | null {
  const account = locks.accounts.get(accountKey(identifier)) ?? null;
  if (account === null) return locks.everyone;
  return locks.everyone === null ? account : Math.max(account, locks.everyone);
}

/** `locks` with everyone refused until `until`, instead of any rate limit before. */
export function lockEveryone(locks: Locks, until: number): Locks {
  return { ...locks, everyone: until };
}

/** `locks` with the account of `identifier` locked until `until`. */
export function lockAccount(locks: Locks, identifier: string, until: number): Locks {
  return { ...locks, accounts: new Map(locks.accounts).set(accountKey(identifier), until) };
}

/** `locks` without the lock of `identifier`'s account: Clerk has just accepted it. */
export function unlockAccount(locks: Locks, identifier: string): Locks {
  const key = accountKey(identifier);
  if (!locks.accounts.has(key)) return locks;
  const accounts = new Map(locks.accounts);
  accounts.delete(key);
  return { ...locks, accounts };
}

/** `locks` without the ones that have ended by `time`. */
export function unlockEndedBy(locks: Locks, time: number): Locks {
  const accounts = new Map([...locks.accounts].filter(([, until]) => until > time));
  const everyone = locks.everyone !== null && locks.everyone > time ? locks.everyone : null;
  return { everyone, accounts };
}

/** When the first of the locks ends, or null when there is none. */
export function nextLockEnd(locks: Locks): number | null {
  const ends = [...locks.accounts.values()];
  if (locks.everyone !== null) ends.push(locks.everyone);
  return ends.length > 0 ? Math.min(...ends) : null;
}
