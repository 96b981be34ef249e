import { Foundation1764120000000 } from './1764120000000-foundation.js';
import { DraftingAndVoting1764130000000 } from './1764130000000-drafting-and-voting.js';
import { Discussion1764140000000 } from './1764140000000-discussion.js';
import { IdentityTrust1764150000000 } from './1764150000000-identity-trust.js';
import { ReceiptsAndCheckpoints1764170000000 } from './1764170000000-receipts-and-checkpoints.js';
import { StaleAmendments1764180000000 } from './1764180000000-stale-amendments.js';
import { StableNumbering1764190000000 } from './1764190000000-stable-numbering.js';
import { RateLimits1764210000000 } from './1764210000000-rate-limits.js';
import { Milestones1764220000000 } from './1764220000000-milestones.js';
import { SocketLeaseFunction1764225000000 } from './1764225000000-socket-lease-function.js';
import { Cosponsors1764230000000 } from './1764230000000-cosponsors.js';
import { Search1764240000000 } from './1764240000000-search.js';
import { Notifications1764250000000 } from './1764250000000-notifications.js';
import { ProposalWindow1764280000000 } from './1764280000000-proposal-window.js';
import { ReadFence1764290700000 } from './1764290700000-read-fence.js';
import { Frameworks1764350000000 } from './1764350000000-frameworks.js';
import { Incidents1764360000000 } from './1764360000000-incidents.js';
import { IncidentNorms1764365000000 } from './1764365000000-incident-norms.js';
import { Signatories1764370000000 } from './1764370000000-signatories.js';
import { NotificationAccess1764400000000 } from './1764400000000-notification-access.js';
import { VoteRemindersSent1764400000500 } from './1764400000500-vote-reminders-sent.js';

/** Every migration, in order. Listed explicitly so bundling and ESM need no glob. */
export const MIGRATIONS = [
  Foundation1764120000000,
  DraftingAndVoting1764130000000,
  Discussion1764140000000,
  IdentityTrust1764150000000,
  ReceiptsAndCheckpoints1764170000000,
  StaleAmendments1764180000000,
  StableNumbering1764190000000,
  RateLimits1764210000000,
  Milestones1764220000000,
  SocketLeaseFunction1764225000000,
  Cosponsors1764230000000,
  Search1764240000000,
  Notifications1764250000000,
  ProposalWindow1764280000000,
  ReadFence1764290700000,
  Frameworks1764350000000,
  Incidents1764360000000,
  IncidentNorms1764365000000,
  Signatories1764370000000,
  NotificationAccess1764400000000,
  VoteRemindersSent1764400000500,
];
