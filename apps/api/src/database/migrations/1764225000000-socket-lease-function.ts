import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Taking a socket lease in one round trip instead of four (BEGIN, lock, insert, COMMIT): every
 * socket takes one in its handshake, and a thousand sockets joining spent most of their time
 * there. Each statement of a volatile PL/pgSQL function takes a new snapshot, so the count,
 * made once the user's advisory lock is granted, sees every lease committed before: what the
 * transaction did statement by statement. The lock is held to the end of the calling statement.
 */
export class SocketLeaseFunction1764225000000 implements MigrationInterface {
  name = 'SocketLeaseFunction1764225000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION acquire_socket_lease(
        p_socket_id varchar, p_user_id text, p_instance_id uuid, p_ttl_seconds double precision,
        p_max integer
      ) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        -- 7400121: the advisory lock space of one user's socket leases (rate-limits/socket-leases.ts).
        PERFORM pg_advisory_xact_lock(7400121, hashtext(p_user_id));
        IF (SELECT count(*) FROM socket_lease
            WHERE user_id = p_user_id::uuid AND expires_at > now()) >= p_max THEN
          RETURN false;
        END IF;
        INSERT INTO socket_lease (socket_id, user_id, instance_id, expires_at)
        VALUES (p_socket_id, p_user_id::uuid, p_instance_id,
                now() + make_interval(secs => p_ttl_seconds));
        RETURN true;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION acquire_socket_lease(varchar, text, uuid, double precision, integer)`,
    );
  }
}
