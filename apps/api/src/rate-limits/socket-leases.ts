import type { Pool } from 'pg';

// Advisory lock space of one user's socket leases (the second key is the user id's hash), 7400121,
// is taken in acquire_socket_lease (migration SocketLeaseFunction).

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
    // One round trip (see the migration SocketLeaseFunction): under the user's advisory lock,
    // counts his live leases, then takes one if he holds fewer than `max`.
    const { rows } = await this.pool.query<{ acquired: boolean }>(
      `SELECT acquire_socket_lease($1, $2, $3, $4, $5) AS acquired`,
      [socketId, userId, this.instanceId, ttl, max],
    );
    return rows[0]?.acquired === true;
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
