import type { ConnectErrorData } from '@plenary/contracts';
import type { TokenService } from '../common/auth/token.service.js';
import { newSocketSession, type PlenarySocket } from './socket-types.js';

interface HandshakeRefusal extends Error {
  data: ConnectErrorData;
}

function refusal(message: string): HandshakeRefusal {
  return Object.assign(new Error(message), { data: { code: 'UNAUTHENTICATED' as const } });
}

/**
 * socket.io middleware: the handshake must carry a valid access token (`auth.token`, or an
 * `Authorization: Bearer` header for non-browser clients), checked by the same verifier as
 * HTTP. Otherwise the connection is refused before any event is accepted.
 */
export function authenticateHandshake(tokens: TokenService) {
  return (socket: PlenarySocket, next: (error?: Error) => void): void => {
    try {
      const auth = socket.handshake.auth as { token?: unknown } | undefined;
      const token = auth?.token;
      const user =
        typeof token === 'string' && token.length > 0
          ? tokens.verify(token)
          : tokens.fromAuthorizationHeader(socket.handshake.headers.authorization);
      if (!user) {
        next(refusal('Sign in first: send the access token as auth.token'));
        return;
      }
      socket.data = newSocketSession(user.userId);
      next();
    } catch {
      next(refusal('The access token is invalid or expired; sign in again'));
    }
  };
}
