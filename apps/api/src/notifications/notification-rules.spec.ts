import { describe, expect, it } from '@jest/globals';
import { AssessmentVerdict, NotificationKind } from '@plenary/contracts';
import { readUnsubscribeToken, unsubscribeToken } from './mail/unsubscribe-token.js';
import { digestCutoff, nextDigestAt } from './notification-digest.service.js';
import { excerptOf } from '../common/text.js';
import { describeNotification } from './notification-words.js';
import { nextReminderAt, reminderLeadDue } from './vote-reminders.service.js';

const SECRET = 'a-secret-that-is-long-enough-for-the-test';
const USER = '6f1c2b0e-8a43-4d3e-9b1a-2f7f5c9d0e11';
const HOUR = 3_600_000;

describe('notification words', () => {
  it('names who did what, where, in plain words', () => {
    expect(
      describeNotification(NotificationKind.REPLY, {
        accordTitle: 'Tech Accord',
        place: 'Article 3',
        path: '/accords/x',
        actor: { name: 'Elena Marsh', organization: 'Republic of Aurelia' },
        excerpt: 'We agree.',
      }),
    ).toBe(
      'Elena Marsh (Republic of Aurelia) replied to your comment on Article 3 of the Tech Accord: “We agree.”',
    );
    expect(
      describeNotification(NotificationKind.VOTE_CLOSING, {
        accordTitle: 'Tech Accord',
        place: 'the amendment to Article 2',
        path: '/accords/x',
        actor: null,
        organization: 'Borealis',
        closesAt: '2026-12-05T14:00:00.000Z',
        hoursLeft: 24,
      }),
    ).toBe(
      'The vote on the amendment to Article 2 of the Tech Accord closes in 24 hours (5 December 2026, 14:00 UTC); Borealis has not voted yet.',
    );
  });

  it('says what became of the final text, its signatures and the incidents assessed against it', () => {
    const base = { accordTitle: 'Tech Accord', path: '/accords/x', place: null };
    const elena = { name: 'Elena Marsh', organization: 'Republic of Aurelia' };
    expect(
      describeNotification(NotificationKind.ACCORD_FINAL, {
        ...base,
        actor: { name: 'Ada Chair', organization: null },
        final: { articleCount: 12, lapsedAmendments: 2 },
      }),
    ).toBe(
      'Ada Chair declared the text of the Tech Accord final (12 articles): it can now be signed. 2 amendments still open lapsed.',
    );
    expect(
      describeNotification(NotificationKind.SIGNATURE, {
        ...base,
        actor: elena,
        organization: 'Republic of Aurelia',
        signature: { act: 'SIGNED', reservations: 0 },
      }),
    ).toBe('Republic of Aurelia signed the Tech Accord (by Elena Marsh).');
    expect(
      describeNotification(NotificationKind.INCIDENT_ASSESSED, {
        ...base,
        place: 'Article 5 bis',
        actor: elena,
        organization: 'Republic of Aurelia',
        assessment: { incident: 'Stuxnet', verdict: AssessmentVerdict.UNCLEAR, revision: 2 },
      }),
    ).toBe(
      'Republic of Aurelia assessed again the incident “Stuxnet” against Article 5 bis of the Tech Accord: unclear whether breached.',
    );
  });

  it('cuts a long comment to one line', () => {
    expect(excerptOf('one\n\n two   three', 9)).toBe('one two…');
  });
});

describe('unsubscribe tokens', () => {
  it('grant what they were signed for, and nothing when altered', () => {
    const token = unsubscribeToken(SECRET, { userId: USER, scope: NotificationKind.MENTION });
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, scope: 'MENTION' });
    expect(readUnsubscribeToken('another-secret-that-is-long-enough!!', token)).toBeNull();
    expect(readUnsubscribeToken(SECRET, token.replace('MENTION', 'ALL'))).toBeNull();
    expect(readUnsubscribeToken(SECRET, token.replace(USER, USER.replace('6f', '7f')))).toBeNull();
    expect(readUnsubscribeToken(SECRET, 'garbage')).toBeNull();
    expect(readUnsubscribeToken(SECRET, `${token}.more`)).toBeNull();
  });

  it('refuses every other spelling of a signature, even one that decodes to the same bytes', () => {
    // A 32-byte signature is 43 base64url characters; the last one carries 2 spare bits.
    for (const userId of [USER, '0b2e4c6a-1d3f-4a5b-8c7d-9e0f1a2b3c4d']) {
      const token = unsubscribeToken(SECRET, { userId, scope: 'ALL' });
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const last = alphabet.indexOf(token.at(-1)!);
      const sameBytes = alphabet[last ^ 1]!;
      expect(readUnsubscribeToken(SECRET, token.slice(0, -1) + sameBytes)).toBeNull();
      expect(readUnsubscribeToken(SECRET, `${token}=`)).toBeNull();
      expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId, scope: 'ALL' });
    }
  });
});

describe('when reminders and digests are due', () => {
  const closesAt = new Date('2026-12-05T14:00:00Z');
  const openedAt = new Date(closesAt.getTime() - 48 * HOUR);
  const at = (hoursBefore: number) => new Date(closesAt.getTime() - hoursBefore * HOUR);

  it('reminds at the shortest lead entered, only for a vote open before it began', () => {
    expect(reminderLeadDue({ openedAt, closesAt }, at(30), [24, 1])).toBeNull();
    expect(reminderLeadDue({ openedAt, closesAt }, at(23), [24, 1])).toBe(24);
    expect(reminderLeadDue({ openedAt, closesAt }, at(0.5), [24, 1])).toBe(1);
    expect(reminderLeadDue({ openedAt, closesAt }, at(-0.1), [24, 1])).toBeNull();
    // Opened 30 minutes before its close: announced as it opened, no reminder.
    expect(reminderLeadDue({ openedAt: at(0.5), closesAt }, at(0.4), [24, 1])).toBeNull();
    // Opened 10 hours before: the 1 h reminder only.
    expect(reminderLeadDue({ openedAt: at(10), closesAt }, at(9), [24, 1])).toBeNull();
    expect(reminderLeadDue({ openedAt: at(10), closesAt }, at(1), [24, 1])).toBe(1);
  });

  it('plans the next reminder: the next lead a running vote enters, that it was open before', () => {
    const other = { openedAt: at(10), closesAt: new Date(closesAt.getTime() + 5 * HOUR) };
    expect(nextReminderAt([{ openedAt, closesAt }], at(30), [24, 1])).toEqual(at(24));
    // Inside the 24 h lead: the 1 h one is next.
    expect(nextReminderAt([{ openedAt, closesAt }], at(23), [24, 1])).toEqual(at(1));
    expect(nextReminderAt([{ openedAt, closesAt }], at(0.5), [24, 1])).toBeNull();
    // Opened 10 hours before its close: no 24 h reminder to wait for.
    expect(nextReminderAt([{ openedAt: at(10), closesAt }], at(9), [24, 1])).toEqual(at(1));
    expect(nextReminderAt([{ openedAt, closesAt }, other], at(2), [24, 1])).toEqual(at(1));
    expect(nextReminderAt([], at(2), [24, 1])).toBeNull();
  });

  it('digests up to the last digest hour passed, and next at the following one', () => {
    expect(nextDigestAt(new Date('2026-12-05T06:59:00Z'), 7).toISOString()).toBe(
      '2026-12-05T07:00:00.000Z',
    );
    expect(nextDigestAt(new Date('2026-12-05T07:00:00Z'), 7).toISOString()).toBe(
      '2026-12-06T07:00:00.000Z',
    );
    expect(digestCutoff(new Date('2026-12-05T09:30:00Z'), 7).toISOString()).toBe(
      '2026-12-05T07:00:00.000Z',
    );
    expect(digestCutoff(new Date('2026-12-05T06:59:00Z'), 7).toISOString()).toBe(
      '2026-12-04T07:00:00.000Z',
    );
  });
});
