import { PresenceRoster } from './presence-roster.js';
import type { PresenceEntry } from './socket.js';

const ACCORD = 'accord-1';
const entry = (userId: string, displayName: string, typing = false): PresenceEntry => ({
  userId,
  displayName,
  clauseId: null,
  typing,
});
const ada = entry('u-ada', 'Ada');
const bo = entry('u-bo', 'Bo');
const names = (roster: PresenceRoster) => roster.users.map((u) => u.displayName);

describe('PresenceRoster', () => {
  it('starts from the snapshot and follows the changes after it', () => {
    const roster = new PresenceRoster(ACCORD);
    expect(roster.applySnapshot({ accordId: ACCORD, version: 5, users: [bo] })).toBe(true);
    roster.applyChange({ accordId: ACCORD, version: 6, present: [ada], left: [] });
    expect(names(roster)).toEqual(['Ada', 'Bo']);
    roster.applyChange({ accordId: ACCORD, version: 7, present: [], left: ['u-bo'] });
    expect(names(roster)).toEqual(['Ada']);
  });

  it('keeps the newest word on each person when messages cross', () => {
    const roster = new PresenceRoster(ACCORD);
    // A change that overtook the snapshot: Ada typing at 9, while the snapshot is of 8.
    roster.applyChange({
      accordId: ACCORD,
      version: 9,
      present: [{ ...ada, typing: true }],
      left: [],
    });
    roster.applySnapshot({ accordId: ACCORD, version: 8, users: [ada, bo] });
    expect(roster.users).toEqual([{ ...ada, typing: true }, bo]);
    // An older change about Bo is ignored, a newer one applies.
    expect(roster.applyChange({ accordId: ACCORD, version: 7, present: [], left: ['u-bo'] })).toBe(
      false,
    );
    roster.applyChange({ accordId: ACCORD, version: 10, present: [], left: ['u-bo'] });
    expect(names(roster)).toEqual(['Ada']);
    // A late message saying Bo is here, older than his leaving, does not bring him back.
    roster.applyChange({ accordId: ACCORD, version: 9, present: [bo], left: [] });
    expect(names(roster)).toEqual(['Ada']);
  });

  it('drops, on a newer snapshot (after a reconnection), whoever left meanwhile', () => {
    const roster = new PresenceRoster(ACCORD);
    roster.applySnapshot({ accordId: ACCORD, version: 3, users: [ada, bo] });
    roster.applySnapshot({ accordId: ACCORD, version: 20, users: [ada] });
    expect(names(roster)).toEqual(['Ada']);
  });

  it('ignores other accords and says when nothing changed', () => {
    const roster = new PresenceRoster(ACCORD);
    expect(roster.applySnapshot({ accordId: 'other', version: 1, users: [ada] })).toBe(false);
    roster.applySnapshot({ accordId: ACCORD, version: 2, users: [ada] });
    expect(roster.applyChange({ accordId: ACCORD, version: 3, present: [ada], left: [] })).toBe(
      false,
    );
    expect(names(roster)).toEqual(['Ada']);
  });
});
