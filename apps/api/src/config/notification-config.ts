import { ConfigError } from './config.js';
import { readBoolean } from './read-boolean.js';
import { readInteger } from './read-integer.js';

/** Notifications and their mail (README, "Notifications"). */
export interface NotificationConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; null: mails are written to the log instead. */
  smtpUrl: string | null;
  /** The From of every mail. */
  mailFrom: string;
  /** The web app's address as users reach it, for the links in mails. */
  publicUrl: string;
  /**
   * Whether this instance derives notifications, sends their mail and keeps the reminders and
   * digests: false on instances that only serve requests (at least one instance must, any number
   * may: each notification and mail is still written and sent once).
   */
  notificationWorker: boolean;
  /**
   * How often each instance sweeps for events and mail it was not woken for: derivation wakes on
   * the log listener's commits and mail on its own writes, so this is only a safety net (a lost
   * NOTIFY, a retry or a dead instance's lease coming due).
   */
  notificationPollMs: number;
  /** How long an instance holds a mail it is sending before another may retry it. */
  mailLeaseSeconds: number;
  /** The hour (UTC) of the daily digest. */
  digestHourUtc: number;
  /** Reminders go this many hours before a vote closes, to parties that have not voted. */
  reminderHours: readonly number[];
}

function readUrl(name: string, raw: string, protocols: string[], example: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (expected ${example})`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(
      name,
      `must start with ${protocols.map((p) => p + '//').join(' or ')} (got "${url.protocol}")`,
    );
  }
  return raw;
}

function readReminderHours(env: NodeJS.ProcessEnv): number[] {
  const raw = env.PLENARY_REMINDER_HOURS?.trim() ?? '24,1';
  if (raw === '') return [];
  const hours = raw.split(/[\s,]+/).map((h) => h.trim());
  const wrong = hours.find((h) => !/^\d+$/.test(h) || Number(h) < 1 || Number(h) > 720);
  if (wrong !== undefined) {
    throw new ConfigError(
      'PLENARY_REMINDER_HOURS',
      `must be whole hours from 1 to 720 separated by commas (got "${wrong}")`,
    );
  }
  return [...new Set(hours.map(Number))].sort((a, b) => b - a);
}

export function readNotificationConfig(env: NodeJS.ProcessEnv, port: number): NotificationConfig {
  const smtpRaw = env.SMTP_URL?.trim();
  const smtpUrl = smtpRaw
    ? readUrl('SMTP_URL', smtpRaw, ['smtp:', 'smtps:'], 'smtp://user:pass@host:587')
    : null;
  const publicRaw = env.PLENARY_PUBLIC_URL?.trim() || `http://localhost:${port}`;
  const publicUrl = readUrl(
    'PLENARY_PUBLIC_URL',
    publicRaw,
    ['http:', 'https:'],
    'https://plenary.example.org',
  ).replace(/\/+$/, '');
  const mailFrom = env.PLENARY_MAIL_FROM?.trim() || 'Plenary <no-reply@plenary.invalid>';
  if (!/@[^\s@>]+\.[^\s@>]+>?$/.test(mailFrom)) {
    throw new ConfigError('PLENARY_MAIL_FROM', `must be an address (got "${mailFrom}")`);
  }
  return {
    smtpUrl,
    mailFrom,
    publicUrl,
    notificationWorker: readBoolean(env, 'PLENARY_NOTIFICATIONS_WORKER', true),
    notificationPollMs: readInteger(
      env,
      'PLENARY_NOTIFICATIONS_POLL_MS',
      15_000,
      [20, 60_000],
      'number of milliseconds',
    ),
    mailLeaseSeconds: readInteger(
      env,
      'PLENARY_MAIL_LEASE_SECONDS',
      120,
      [1, 3600],
      'number of seconds',
    ),
    digestHourUtc: readInteger(env, 'PLENARY_DIGEST_HOUR', 7, [0, 23], 'hour'),
    reminderHours: readReminderHours(env),
  };
}
