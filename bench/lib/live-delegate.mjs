// A simulated delegate in a browser: its own token, its own socket joined to the accord, and the
// web app's client-side behaviour — the pages' real GraphQL documents, the web's Apollo cache
// (type policies included), and every event applied by the web's own handlers
// (apps/web/src/features/accords/live-events.ts), with what they mark stale fetched again by the
// web's StaleRefetches, for the queries on this delegate's "screen" only. What live.tsx does with
// the socket (join with afterSeq, skip what it has, a gap refetches everything) is followed here.
import { Agent, request } from 'node:http';
import { isKnownAccordEvent, PresenceRoster, SOCKET_PATH } from '@plenary/contracts';
import { io } from 'socket.io-client';

/** live.tsx's REFRESH_DELAY_MS: refetches wait for the end of a burst of events. */
const REFRESH_DELAY_MS = 120;

/** Latency samples per operation kind, and the outcome of the delivery checks, of many delegates. */
export class LiveLoadRecorder {
  constructor() {
    this.ops = new Map(); // kind → ms[]
    this.failures = new Map(); // kind → count
    this.refused = 0; // ballots refused because the vote closed meanwhile
    this.lagMs = [];
    this.servedMs = []; // each request's time in the API, as its Server-Timing says
    this.refetched = new Map(); // query → refetches sent
    this.asked = new Map(); // "event type → query" → times a handler asked for it
    this.counting = false;
  }

  tally(counts, key) {
    if (this.counting) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  op(kind, ms) {
    if (!this.counting) return;
    let samples = this.ops.get(kind);
    if (!samples) this.ops.set(kind, (samples = []));
    samples.push(ms);
  }

  failed(kind, error) {
    // Kept even outside the measure: a page that failed to open says why when connecting fails.
    this.lastFailure = `${kind}: ${error?.message ?? error}`;
    if (!this.counting) return;
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
  }

  lag(ms) {
    if (this.counting) this.lagMs.push(ms);
  }

  served(ms) {
    if (this.counting && Number.isFinite(ms)) this.servedMs.push(ms);
  }
}

/** The API's own time for an answer (`Server-Timing: app;dur=12.3`), or NaN. */
function serverMs(res) {
  const match = /(?:^|,)\s*app;dur=([\d.]+)/.exec(res.headers['server-timing'] ?? '');
  return match ? Number(match[1]) : NaN;
}

/**
 * A POST on the delegate's keep-alive connections. A reused connection the server closed as the
 * request left (its keep-alive timeout) is retried once on a new one, as browsers do.
 */
async function post(agent, url, token, body) {
  try {
    return await postOnce(agent, url, token, body);
  } catch (error) {
    if (!error.reusedSocket || !['ECONNRESET', 'EPIPE'].includes(error.code)) throw error;
    return postOnce(agent, url, token, body);
  }
}

function postOnce(agent, url, token, body) {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ body: JSON.parse(text), serverMs: serverMs(res) });
          } catch {
            reject(new Error(`not JSON (HTTP ${res.statusCode}): ${text.slice(0, 200)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    req.end(body);
  });
}

export class LiveDelegate {
  /**
   * `web`: webClientCode(); `user`: { token }; `organizationId`: the party it represents;
   * `recorder`: a LiveLoadRecorder shared by the delegates of a run.
   */
  constructor({ web, apiUrl, accordId, user, organizationId, recorder }) {
    Object.assign(this, { web, apiUrl, accordId, user, organizationId, recorder });
    this.cache = web.createCache();
    // A browser keeps a few connections per origin.
    this.agent = new Agent({ keepAlive: true, maxSockets: 6 });
    /** The queries of the page on screen: { queryName, variables, refetch() }. */
    this.screen = [];
    this.unwatch = [];
    this.seq = 0; // live.tsx's seqRef: the last event applied
    this.joinedAfter = null; // the afterSeq of the join: every later event must arrive
    this.ackSeq = null;
    this.received = []; // every seq the socket delivered, in arrival order
    this.votingOn = null; // the amendment whose vote is open, as the events said
    this.presence = [];
    this.refetches = new web.StaleRefetches(() => this.screen, REFRESH_DELAY_MS);
  }

  /** Sends one of the web's operations; throws on GraphQL errors (their codes in `.codes`). */
  async send(name, variables) {
    const { query } = this.web.operation(name);
    const { body, serverMs } = await post(
      this.agent,
      this.apiUrl,
      this.user.token,
      JSON.stringify({ query, variables }),
    );
    this.recorder.served(serverMs);
    if (body.errors?.length) {
      const error = new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
      error.codes = body.errors.map((e) => e.extensions?.code);
      throw error;
    }
    return body.data;
  }

  /** A query as a page runs it: fetched, written into the cache. */
  async fetchInto(name, variables) {
    const data = await this.send(name, variables);
    this.cache.writeQuery({ query: this.web.operation(name).document, variables, data });
    return data;
  }

  /** Times `run` as one operation of `kind` (failures counted, not timed). */
  async timed(kind, run) {
    const t0 = performance.now();
    try {
      const result = await run();
      this.recorder.op(kind, performance.now() - t0);
      return result;
    } catch (error) {
      if (kind === 'ballot' && error.codes?.some((c) => c !== 'INTERNAL_SERVER_ERROR')) {
        if (this.recorder.counting) this.recorder.refused += 1; // the vote closed meanwhile
        return null;
      }
      this.recorder.failed(kind, error);
      return null;
    }
  }

  /** An active query of the page: what StaleRefetches may fetch again. */
  watching(name, variables) {
    return {
      queryName: name,
      variables,
      refetch: () => {
        this.recorder.tally(this.recorder.refetched, name);
        return this.timed('refetch', () => this.fetchInto(name, variables));
      },
    };
  }

  /**
   * The page's queries replace the last page's. Each watches the cache as useQuery's does (the
   * query is the watcher, as an ObservableQuery is): the cache tells which of them an event
   * changed, and only those refetches the event overtook are made again.
   */
  show(queries) {
    for (const stop of this.unwatch) stop();
    this.screen = queries;
    this.unwatch = queries.map((q) =>
      this.cache.watch({
        query: this.web.operation(q.queryName).document,
        variables: q.variables,
        optimistic: true,
        watcher: q,
        // What the page draws: the scenario picks what to click from it, as a reader would.
        callback: (diff) => {
          q.data = diff.result;
        },
      }),
    );
  }

  /** The data of the query `name` of the page on screen, as last drawn. */
  shown(name) {
    return this.screen.find((q) => q.queryName === name)?.data;
  }

  /**
   * The accord's text page (AccordLayout + AccordPage, one clause's discussion open): the accord,
   * the comment counts and the clause's thread, fetched together as the page mounts them.
   */
  async openAccordPage(clause) {
    this.show([
      this.watching('Accord', { id: this.accordId }),
      this.watching('CommentCounts', { accordId: this.accordId }),
      ...(clause
        ? [this.watching('ClauseComments', { id: clause.id, version: clause.version })]
        : []),
    ]);
    this.page = { kind: 'accord', clause };
    return this.timed('accord page', () =>
      Promise.all(this.screen.map((q) => this.fetchInto(q.queryName, q.variables))),
    );
  }

  /** An amendment's page: the accord stays in the cache (its layout); the amendment and its thread. */
  async openAmendmentPage(amendmentId) {
    const own = [
      this.watching('Amendment', { id: amendmentId }),
      this.watching('AmendmentComments', { id: amendmentId }),
    ];
    this.show([this.watching('Accord', { id: this.accordId }), ...own]);
    this.page = { kind: 'amendment', amendmentId };
    return this.timed('amendment page', () =>
      Promise.all(own.map((q) => this.fetchInto(q.queryName, q.variables))),
    );
  }

  /** A comment on what the page shows; the web refetches the thread it was posted to. */
  async comment(body) {
    const about =
      this.page?.kind === 'amendment'
        ? { amendmentId: this.page.amendmentId }
        : this.page?.clause
          ? { clauseId: this.page.clause.id }
          : null;
    if (!about) return null;
    const posted = await this.timed('comment', () =>
      this.send('PostComment', { input: { accordId: this.accordId, body, ...about } }),
    );
    const thread = this.screen.find((q) => /Comments$/.test(q.queryName));
    if (posted && thread) void thread.refetch();
    return posted;
  }

  async ballot(amendmentId, choice) {
    return this.timed('ballot', () =>
      this.send('CastBallot', { amendmentId, organizationId: this.organizationId, choice }),
    );
  }

  /** Connects and joins as live.tsx does: after the accord's lastSeq read by the page. */
  async connect() {
    const lastSeq = this.cache.readQuery({
      query: this.web.operation('Accord').document,
      variables: { id: this.accordId },
    })?.accord?.lastSeq;
    if (lastSeq === undefined) throw new Error('open the accord page before connecting');
    this.seq = lastSeq;
    this.joinedAfter = lastSeq;
    const socket = io(this.apiUrl, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: { token: this.user.token },
    });
    this.socket = socket;
    socket.on('event', (event) => this.onEvent(event));
    // As live.tsx: the snapshot of the join, then the room's changes; the handlers name authors from it.
    const roster = new PresenceRoster(this.accordId);
    socket.on('presence', (snapshot) => {
      if (roster.applySnapshot(snapshot)) this.presence = roster.users;
    });
    socket.on('presenceChanged', (change) => {
      if (roster.applyChange(change)) this.presence = roster.users;
    });
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const ack = await socket
      .timeout(60000)
      .emitWithAck('join', { accordId: this.accordId, afterSeq: lastSeq });
    if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
    this.ackSeq = ack.lastSeq;
  }

  onEvent(event) {
    if (event.accordId !== this.accordId) return;
    this.received.push(event.seq);
    // Live events (not the catch-up after the join): from the commit's timestamp to here.
    if (this.ackSeq !== null && event.seq > this.ackSeq)
      this.recorder.lag(Date.now() - Date.parse(event.at));
    if (event.type === 'voting.opened') this.votingOn = event.payload.amendmentId;
    if (event.type === 'voting.closed' && this.votingOn === event.payload.amendmentId)
      this.votingOn = null;
    // live.tsx from here on.
    if (event.seq <= this.seq) return;
    const gap = event.seq > this.seq + 1;
    this.seq = event.seq;
    if (gap || !isKnownAccordEvent(event)) {
      this.refetches.eventApplied();
      this.refetches.refetchEverything();
      return;
    }
    const context = {
      accordId: this.accordId,
      presence: this.presence,
      refetch: (query) => {
        // Asked for, whether or not on screen (only what is gets fetched).
        const name = query.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name;
        this.recorder.tally(this.recorder.asked, `${event.type} → ${name?.value}`);
        this.refetches.refetch(query);
      },
      refetchEverything: () => this.refetches.refetchEverything(),
    };
    const changed = new Set();
    try {
      this.cache.batch({
        update: (cache) => this.web.applyAccordEvent(event, { ...context, cache }),
        onWatchUpdated: (watch) => {
          changed.add(watch.watcher);
        },
      });
      this.refetches.eventApplied(changed);
    } catch {
      this.refetches.eventApplied();
      context.refetchEverything();
    }
  }

  /** Each seq in (joinedAfter, lastSeq] once, in order: { missed, duplicated, outOfOrder }. */
  deliveryCheck(lastSeq) {
    const seen = new Set();
    let duplicated = 0;
    let outOfOrder = 0;
    let highest = this.joinedAfter;
    for (const seq of this.received) {
      if (seen.has(seq)) duplicated += 1;
      else if (seq < highest) outOfOrder += 1;
      seen.add(seq);
      highest = Math.max(highest, seq);
    }
    let missed = 0;
    for (let seq = this.joinedAfter + 1; seq <= lastSeq; seq++) if (!seen.has(seq)) missed += 1;
    return { missed, duplicated, outOfOrder };
  }

  close() {
    for (const stop of this.unwatch) stop();
    this.refetches.close();
    this.socket?.disconnect();
    this.agent.destroy();
  }
}
