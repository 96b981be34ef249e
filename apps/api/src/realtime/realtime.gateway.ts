import { Logger } from '@nestjs/common';
import {
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  WebSocketGateway,
} from '@nestjs/websockets';
import { type ClientToServerEvents, SOCKET_PATH } from '@plenary/contracts';
import { TokenService } from '../common/auth/token.service.js';
import { Metrics } from '../common/metrics/metrics.js';
import { DomainError, DomainErrorCode } from '../common/errors/domain-error.js';
import { AccordSessions } from './accord-sessions.service.js';
import { PersonalRooms } from './personal-rooms.js';
import { DeskChanges } from './desk-changes.service.js';
import { SocketAllowance } from '../rate-limits/socket-allowance.js';
import { admitSocket, authenticateHandshake } from './socket-auth.js';
import { parseJoin, parseLeave, parsePresence } from './socket-messages.js';
import { failureOf, RATE_LIMITED, type Reply, replyOnce } from './socket-replies.js';
import { personalRoomOf, type PlenaryServer, type PlenarySocket } from './socket-types.js';

type Handler = (payload: unknown, reply: Reply) => Promise<void>;

const KNOWN_EVENTS = new Set<string>([
  'join',
  'leave',
  'presence',
] satisfies (keyof ClientToServerEvents)[]);

/**
 * The one socket.io gateway, on the HTTP server's port. It authenticates the handshake, checks
 * every message, rate-limits, and hands over to AccordSessions; nothing a client sends can
 * throw out of here.
 */
@WebSocketGateway({ path: SOCKET_PATH, serveClient: false, maxHttpBufferSize: 64 * 1024 })
export class RealtimeGateway
  implements
    OnGatewayInit<PlenaryServer>,
    OnGatewayConnection<PlenarySocket>,
    OnGatewayDisconnect<PlenarySocket>
{
  private readonly logger = new Logger(RealtimeGateway.name);

  constructor(
    private readonly tokens: TokenService,
    private readonly sessions: AccordSessions,
    private readonly sockets: SocketAllowance,
    private readonly deskChanges: DeskChanges,
    private readonly metrics: Metrics,
    private readonly personalRooms: PersonalRooms,
  ) {}

  afterInit(server: PlenaryServer): void {
    server.use(authenticateHandshake(this.tokens));
    server.use(admitSocket(this.sockets));
    this.sessions.attach(server);
    this.deskChanges.attach(server);
    const sockets = server.of('/');
    this.metrics.gaugeFrom(
      'plenary_socket_connections',
      'Sockets connected to this instance',
      () => sockets.sockets.size,
    );
    this.metrics.gaugeFrom(
      'plenary_socket_accord_rooms',
      'Accords with at least one socket of this instance in their room',
      () => [...sockets.adapter.rooms.keys()].filter((room) => room.startsWith('accord:')).length,
    );
    this.personalRooms.attach(server);
  }

  handleConnection(socket: PlenarySocket): void {
    void socket.join(personalRoomOf(socket.data.userId));
    this.on(socket, 'join', (payload, reply) =>
      this.sessions.join(socket, parseJoin(payload), reply),
    );
    this.on(socket, 'leave', async (payload, reply) => {
      await this.sessions.leave(socket, parseLeave(payload));
      reply({ ok: true });
    });
    this.on(socket, 'presence', async (payload, reply) => {
      if (!socket.data.presence.take()) return reply(RATE_LIMITED);
      await this.sessions.updatePresence(socket, parsePresence(payload));
      reply({ ok: true });
    });
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && KNOWN_EVENTS.has(event)) return;
      this.dispatch(socket, 'unknown', args, () => {
        throw new DomainError(
          DomainErrorCode.INVALID_INPUT,
          `Unknown event ${JSON.stringify(event)}`,
        );
      });
    });
  }

  handleDisconnect(socket: PlenarySocket): void {
    this.sockets.released(socket.id);
    this.sessions.disconnected(socket);
  }

  private on(socket: PlenarySocket, event: keyof ClientToServerEvents, handler: Handler): void {
    socket.on(event, (...args: unknown[]) => this.dispatch(socket, event, args, handler));
  }

  /** Rate-limits, runs the handler and answers the ack (if any) with its result or refusal. */
  private dispatch(socket: PlenarySocket, event: string, args: unknown[], handler: Handler): void {
    const reply = replyOnce(args);
    if (!socket.data.messages.take()) return reply(RATE_LIMITED);
    const payload = typeof args[args.length - 1] === 'function' ? args.slice(0, -1)[0] : args[0];
    // Async, so that a synchronous throw becomes a refusal too.
    const handled = (async () => handler(payload, reply))();
    handled.catch((error: unknown) => reply(failureOf(error, this.logger, event)));
  }
}
