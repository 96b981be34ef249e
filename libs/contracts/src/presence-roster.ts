import type { PresenceChange, PresenceEntry, PresenceSnapshot } from './socket.js';

interface Word {
  version: number;
  /** null: he is not here. */
  entry: PresenceEntry | null;
}

/**
 * A client's view of who is in one accord, built from the snapshot it gets when it joins and
 * the changes sent to the room after. Messages may arrive in any order (several instances send
 * them, and a change may overtake the snapshot): each says what was true of some people at its
 * `version`, so per person the highest version wins.
 */
export class PresenceRoster {
  private readonly words = new Map<string, Word>();
  private sorted: PresenceEntry[] | null = [];

  constructor(readonly accordId: string) {}

  /** Everyone the snapshot does not list was not here at its version. True if anything changed. */
  applySnapshot(snapshot: PresenceSnapshot): boolean {
    if (snapshot.accordId !== this.accordId) return false;
    const here = new Map(snapshot.users.map((entry) => [entry.userId, entry]));
    let changed = false;
    for (const userId of new Set([...this.words.keys(), ...here.keys()])) {
      changed = this.learn(userId, snapshot.version, here.get(userId) ?? null) || changed;
    }
    return changed;
  }

  /** True if anything changed. */
  applyChange(change: PresenceChange): boolean {
    if (change.accordId !== this.accordId) return false;
    let changed = false;
    for (const entry of change.present) {
      changed = this.learn(entry.userId, change.version, entry) || changed;
    }
    for (const userId of change.left) changed = this.learn(userId, change.version, null) || changed;
    return changed;
  }

  /** Who is here, by name. */
  get users(): PresenceEntry[] {
    this.sorted ??= [...this.words.values()]
      .flatMap((word) => (word.entry ? [word.entry] : []))
      .sort(
        (a, b) =>
          a.displayName.localeCompare(b.displayName) ||
          (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
      );
    return this.sorted;
  }

  private learn(userId: string, version: number, entry: PresenceEntry | null): boolean {
    const known = this.words.get(userId);
    if (known && known.version >= version) return false;
    this.words.set(userId, { version, entry });
    if (sameEntry(known?.entry ?? null, entry)) return false;
    this.sorted = null;
    return true;
  }
}

function sameEntry(a: PresenceEntry | null, b: PresenceEntry | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.userId === b.userId &&
    a.displayName === b.displayName &&
    a.clauseId === b.clauseId &&
    a.typing === b.typing
  );
}
