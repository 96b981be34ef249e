import type { Pool } from 'pg';

// Advisory lock space of one user's socket leases (the second key is the user id's hash).
const SOCKET_LEASE_LOCK = 7_400_121;

/**
 * Each connected socket holds a lease in the shared store; a user may hold at most so many.
 * The instance holding a lease renews it while the socket lives; the leases of an instance that
 * died stop being renewed and expire.
 */
export interface SocketLeases {
  /** Takes a lease unless the user already holds `max` live ones. */
  acquire(userId: string, socketId: string, max: number, ttlSeconds: number): Promise<boolean>;
  release(socketId: string): Promise<void>;
  /** Renews this instance's leases of the given sockets. */
  renew(socketIds: string[], ttlSeconds: number): Promise<void>;
  /** Deletes expired leases, whoever held them. */
  sweep(): Promise<void>;
}

export class PostgresSocketLeases implements SocketLeases {
  constructor(
    private readonly pool: Pool,
    private readonly instanceId: string,
  ) {}

  async acquire(userId: string, socketId: string, max: number, ttl: number): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Serializes one user's handshakes; the count below is a statement of its own, so its
      // snapshot sees every lease committed before the lock was granted.
      await client.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
        SOCKET_LEASE_LOCK,
        userId,
      ]);
      const taken = await client.query(
        `INSERT INTO socket_lease (socket_id, user_id, instance_id, expires_at)
         SELECT $1, $2, $3, now() + make_interval(secs => $4)
         WHERE (SELECT count(*) FROM socket_lease WHERE user_id = $2 AND expires_at > now()) < $5`,
        [socketId, userId, this.instanceId, ttl, max],
      );
      await client.query('COMMIT');
      return taken.rowCount === 1;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async release(socketId: string): Promise<void> {
    await this.pool.query(`DELETE FROM socket_lease WHERE socket_id = $1`, [socketId]);
  }

  async renew(socketIds: string[], ttl: number): Promise<void> {
    if (socketIds.length === 0) return;
    await this.pool.query(
      `UPDATE socket_lease SET expires_at = now() + make_interval(secs => $2)
       WHERE instance_id = $1 AND socket_id = ANY($3::varchar[])`,
      [this.instanceId, ttl, socketIds],
    );
  }

  async sweep(): Promise<void> {
    await this.pool.query(`DELETE FROM socket_lease WHERE expires_at < now()`);
  }
}
