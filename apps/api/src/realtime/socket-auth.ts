import type { ConnectErrorData } from '@plenary/contracts';
import type { TokenService } from '../common/auth/token.service.js';
import { RateLimited } from '../rate-limits/rate-limited.js';
import type { SocketAllowance } from '../rate-limits/socket-allowance.js';
import { newSocketSession, type PlenarySocket } from './socket-types.js';

interface HandshakeRefusal extends Error {
  data: ConnectErrorData;
}

function refusal(message: string, data: ConnectErrorData): HandshakeRefusal {
  return Object.assign(new Error(message), { data });
}

type Middleware = (socket: PlenarySocket, next: (error?: Error) => void) => void;

/**
 * socket.io middleware: the handshake must carry a valid access token (`auth.token`, or an
 * `Authorization: Bearer` header for non-browser clients), checked by the same verifier as
 * HTTP. Otherwise the connection is refused before any event is accepted.
 */
export function authenticateHandshake(tokens: TokenService): Middleware {
  return (socket, next) => {
    const unauthenticated = { code: 'UNAUTHENTICATED' as const };
    try {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token = auth?.token;
      const user =
        typeof token === 'string' && token.length > 0
          ? tokens.verify(token)
          : tokens.fromAuthorizationHeader(socket.handshake.headers.authorization);
      if (!user) {
        next(refusal('Sign in first: send the access token as auth.token', unauthenticated));
        return;
      }
      socket.data = newSocketSession(user.userId);
      next();
    } catch {
      next(refusal('The access token is invalid or expired; sign in again', unauthenticated));
    }
  };
}

/** socket.io middleware, after authentication: a user holds a limited number of sockets. */
export function admitSocket(sockets: SocketAllowance): Middleware {
  return (socket, next) => {
    sockets.admit(socket.data.userId, socket.id).then(
      () => next(),
      (error: unknown) => {
        if (!(error instanceof RateLimited)) return next(error as Error);
        const { retryAfterSeconds } = error;
        next(refusal(error.message, { code: 'RATE_LIMITED', retryAfterSeconds }));
      },
    );
  };
}
