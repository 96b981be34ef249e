import { Injectable, Logger } from '@nestjs/common';
import type { JoinAck, JoinRequest, LeaveRequest, PresenceUpdate } from '@plenary/contracts';
import { AccordAccessService } from '../accord-log/accord-access.service.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AccordEventDelivery } from './event-delivery.service.js';
import { PresenceService } from './presence.service.js';
import { type PlenaryServer, type PlenarySocket, roomOf } from './socket-types.js';

/** Enough for any screen; bounds what one socket can make the server hold. */
const MAX_ACCORDS_PER_SOCKET = 50;

/** What a connected socket may do in accords: join, leave, say where it is. */
@Injectable()
export class AccordSessions {
  private readonly logger = new Logger(AccordSessions.name);

  constructor(
    private readonly access: AccordAccessService,
    private readonly delivery: AccordEventDelivery,
    private readonly presence: PresenceService,
  ) {}

  attach(server: PlenaryServer): void {
    this.delivery.attach(server, (accordId, userId) =>
      this.evictUnlessVisible(server, accordId, userId),
    );
    this.presence.attach(server);
  }

  /**
   * A user left an organization: his sockets here leave the accord's room unless he may still
   * see it (as its facilitator, or through another organization), so nothing more reaches them.
   */
  private async evictUnlessVisible(
    server: PlenaryServer,
    accordId: string,
    userId: string,
  ): Promise<void> {
    const sockets = (await server.local.in(roomOf(accordId)).fetchSockets()).filter(
      (s) => s.data.userId === userId,
    );
    if (sockets.length === 0) return;
    try {
      await this.access.requireVisibleAs(accordId, userId);
      return;
    } catch (refusal) {
      if (!(refusal instanceof DomainError)) throw refusal;
    }
    for (const remote of sockets) {
      const socket = server.sockets.sockets.get(remote.id);
      if (!socket) continue;
      socket.data.accords.delete(accordId);
      await socket.leave(roomOf(accordId));
      await this.inTurn(socket, () => this.presence.leave(socket.id, userId, accordId));
    }
  }

  /** Only someone who may see the accord joins its room; others get NOT_FOUND. */
  async join(
    socket: PlenarySocket,
    { accordId, afterSeq }: JoinRequest,
    reply: (ack: JoinAck) => void,
  ): Promise<void> {
    const session = socket.data;
    if (!session.accords.has(accordId) && session.accords.size >= MAX_ACCORDS_PER_SOCKET) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        `A connection can be in at most ${MAX_ACCORDS_PER_SOCKET} accords; leave one first`,
      );
    }
    await this.access.requireVisibleAs(accordId, session.userId);
    await this.delivery.join(socket, accordId, afterSeq, (lastSeq) => {
      session.accords.add(accordId);
      reply({ ok: true, lastSeq });
    });
    await this.inTurn(socket, () => this.presence.enter(socket.id, session.userId, accordId));
  }

  async leave(socket: PlenarySocket, { accordId }: LeaveRequest): Promise<void> {
    if (!socket.data.accords.delete(accordId)) return;
    await this.delivery.leave(socket, accordId);
    await this.inTurn(socket, () => this.presence.leave(socket.id, socket.data.userId, accordId));
  }

  /** Refused unless the socket is in the accord; a clause must be one of the accord's. */
  updatePresence(socket: PlenarySocket, update: Required<PresenceUpdate>): Promise<void> {
    const { userId, accords } = socket.data;
    if (!accords.has(update.accordId)) {
      throw new DomainError(
        DomainErrorCode.INVALID_INPUT,
        'Join the accord before sending presence',
      );
    }
    return this.inTurn(socket, () =>
      this.presence.update(socket.id, userId, update.accordId, update.clauseId, update.typing),
    );
  }

  disconnected(socket: PlenarySocket): void {
    const accords = [...socket.data.accords];
    socket.data.accords.clear();
    this.delivery.departed(accords);
    const left = async () => {
      for (const accordId of accords) {
        await this.presence.leave(socket.id, socket.data.userId, accordId);
      }
    };
    void this.inTurn(socket, left, { evenIfGone: true }).catch((error: unknown) =>
      this.logger.warn(
        { err: error, socketId: socket.id },
        'could not remove presence; it will expire',
      ),
    );
  }

  /**
   * Presence changes of one socket run in order, its departure last; changes that would run
   * after it left are dropped, so no entry outlives its socket.
   */
  private inTurn(
    socket: PlenarySocket,
    change: () => Promise<void>,
    { evenIfGone } = { evenIfGone: false },
  ): Promise<void> {
    const run = socket.data.presenceQueue.then(() =>
      socket.connected || evenIfGone ? change() : undefined,
    );
    socket.data.presenceQueue = run.catch(() => undefined);
    return run;
  }
}
