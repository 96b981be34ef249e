import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import pg from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/**
 * The pool given to the socket.io Postgres adapter. The adapter keeps one client LISTENing and
 * reconnects it forever; this wrapper lets the app close without waiting on that client and
 * without the adapter trying again once closed.
 */
class AdapterPool {
  private readonly pool: pg.Pool;
  private readonly held = new Set<pg.PoolClient>();
  private closed = false;

  constructor(databaseUrl: string, logger: Logger) {
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 4,
      keepAlive: true,
      application_name: 'plenary-socket-adapter',
    });
    this.pool.on('error', (error) =>
      logger.warn({ err: error }, 'socket adapter connection failed'),
    );
  }

  async connect(): Promise<pg.PoolClient> {
    // Never settles once closed: the adapter would otherwise schedule retries forever.
    if (this.closed) return new Promise<pg.PoolClient>(() => undefined);
    const client = await this.pool.connect();
    if (this.closed) {
      client.release(true);
      return new Promise<pg.PoolClient>(() => undefined);
    }
    client.on('error', () => undefined); // 'end' follows, and the adapter reconnects
    const release = client.release.bind(client);
    client.release = (destroy?: boolean | Error) => {
      this.held.delete(client);
      release(destroy);
    };
    this.held.add(client);
    return client;
  }

  query(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    return this.pool.query(text, values);
  }

  async end(): Promise<void> {
    this.closed = true;
    for (const client of this.held) {
      client.removeAllListeners('end');
      client.removeAllListeners('notification');
      client.release(true);
    }
    await this.pool.end();
  }
}

/**
 * socket.io on the HTTP server, with @socket.io/postgres-adapter so that broadcasts (presence)
 * reach the sockets of every API instance. The accord log is not sent through it: each
 * instance reads the log itself (see AccordEventDelivery).
 */
export class PostgresIoAdapter extends IoAdapter {
  private readonly log = new Logger(PostgresIoAdapter.name);
  private pool: AdapterPool | null = null;

  constructor(
    app: INestApplicationContext,
    private readonly databaseUrl: string,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, options);
    this.pool ??= new AdapterPool(this.databaseUrl, this.log);
    // The adapter only uses connect() and query(), which AdapterPool provides.
    const pool = this.pool as unknown as pg.Pool;
    server.adapter(
      createAdapter(pool, {
        errorHandler: (error) => this.log.warn({ err: error }, 'socket adapter error'),
      }),
    );
    return server;
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    const pool = this.pool;
    this.pool = null;
    await pool?.end();
  }
}
