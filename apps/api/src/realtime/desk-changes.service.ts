import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { DeskAudience } from '../desk/desk-audience.service.js';
import { personalRoomOf, type PlenaryServer } from './socket-types.js';

/** Notifications heard within this window are answered together: a burst of ballots is one read. */
const BATCH_MS = 100;

/**
 * Tells the users whose desk an accord's new events may have changed: `deskChanged` to their
 * personal rooms, and their desk refetches its query. Every instance hears every commit of the
 * log, so each one sends to its own sockets (`server.local`): exactly one delivery per socket.
 * An instance with no socket reads nothing.
 */
@Injectable()
export class DeskChanges implements OnModuleDestroy {
  private readonly logger = new Logger(DeskChanges.name);
  private server: PlenaryServer | null = null;
  /** Per accord: the seqs heard since the last batch. */
  private readonly heard = new Map<string, { from: number; to: number }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly audience: DeskAudience) {}

  attach(server: PlenaryServer): void {
    this.server = server;
  }

  /** `seq` of `accordId` was committed. */
  committed(accordId: string, seq: number): void {
    if (!this.server || this.server.of('/').sockets.size === 0) return;
    const range = this.heard.get(accordId);
    this.heard.set(accordId, {
      from: Math.min(range?.from ?? seq, seq),
      to: Math.max(range?.to ?? seq, seq),
    });
    this.timer ??= setTimeout(() => void this.send(), BATCH_MS);
  }

  /** A change to one user's desk outside any accord (an invitation to him came or went). */
  changedFor(userId: string | undefined): void {
    if (userId)
      this.server?.local.to(personalRoomOf(userId)).emit('deskChanged', { accordId: null });
  }

  private async send(): Promise<void> {
    this.timer = null;
    const batch = [...this.heard];
    this.heard.clear();
    for (const [accordId, { from, to }] of batch) {
      try {
        const rooms = this.server?.of('/').adapter.rooms;
        // Only those with a socket here: the other instances tell theirs.
        const here = (await this.audience.concernedBy(accordId, from - 1, to))
          .map(personalRoomOf)
          .filter((room) => rooms?.has(room));
        if (here.length > 0) this.server?.local.to(here).emit('deskChanged', { accordId });
      } catch (error) {
        // A desk that missed a change shows it at its next read; nothing else depends on it.
        this.logger.warn({ err: error, accordId }, 'telling desks of a change failed');
      }
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
