import { Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@plenary/contracts';
import { personalRoomOf, type PlenaryServer } from './socket-types.js';

/**
 * Sends a message to every socket of one user, on any instance (the Postgres adapter carries a
 * room's broadcast to the others): for features above realtime that speak to a person, not an
 * accord. Before the gateway is up (or in a spec without one) nothing is sent.
 */
@Injectable()
export class PersonalRooms {
  private server: PlenaryServer | null = null;

  attach(server: PlenaryServer): void {
    this.server = server;
  }

  send<E extends keyof ServerToClientEvents>(
    userId: string,
    event: E,
    ...message: Parameters<ServerToClientEvents[E]>
  ): void {
    this.server?.to(personalRoomOf(userId)).emit(event, ...message);
  }
}
