// The physical limit of scenarios 1 and 2: a bare node:http server on raw `pg`, no framework.
// It does the same work as the API — checks the same access token and permissions, reads or
// writes the same rows, hashes the same events — with the fewest statements we could write.
//
//   GET  /accord/<id>?comments=1&commentCount=1&variant=json|rows   the accord read of scenario 1
//        (the same JSON as GraphQL; json: built by PostgreSQL in one statement, rows: four plain
//        statements at once, assembled and serialized here — scenario 1 uses the faster)
//   POST /ballot  {amendmentId, organizationId, choice, explanation}   castBallot of scenario 2
import { createHmac, createPrivateKey, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { applyBallotChange, computeTallyFromCounts } from '@plenary/decision-rules';
import { computeEventHash, publishKey, signCheckpoint, toIsoMillis } from '@plenary/ledger';
import pg from 'pg';

const { DATABASE_URL, JWT_SECRET, PORT = '0', POOL_SIZE = '20' } = process.env;
// Checkpoints signed as the API signs them (same key, same interval).
const signingKey = createPrivateKey(process.env.PLENARY_SIGNING_KEY);
const keyId = publishKey(signingKey).keyId;
const CHECKPOINT_EVERY = Number(process.env.PLENARY_CHECKPOINT_EVERY);
const EVENT_CHANNEL = 'plenary_accord_event';
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(POOL_SIZE) });
const secret = Buffer.from(JWT_SECRET, 'utf8');

/** HS256 access token → user id, as TokenService.verify (signature, expiry, type). */
function userOf(req) {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) return null;
  const [header, payload, signature] = match[1].split('.');
  if (!signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const head = JSON.parse(Buffer.from(header, 'base64url').toString());
  if (head.alg !== 'HS256') return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  if (claims.typ !== 'access' || typeof claims.sub !== 'string') return null;
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) return null;
  return claims.sub;
}

const ISO = (column) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The whole accord document, built by PostgreSQL in one statement, access check included. */
function accordSql({ comments, commentCount }) {
  return `
SELECT json_build_object('data', json_build_object('accord', json_build_object(
  'id', a.id, 'title', a.title, 'lastSeq', a.last_seq,
  'clauses', COALESCE((
    SELECT json_agg(json_build_object(
      'id', c.id, 'number', c.number,
      'current', json_build_object('version', v.version, 'heading', v.heading, 'text', v.text, 'force', v.force)
      ${commentCount ? `, 'commentCount', (SELECT count(*) FROM comment k WHERE k.clause_id = c.id AND k.deleted_at IS NULL)` : ''}
      ${
        comments
          ? `, 'comments', COALESCE((
        SELECT json_agg(json_build_object(
          'id', k.id, 'body', CASE WHEN k.deleted_at IS NULL THEN k.body ELSE '' END,
          'createdAt', ${ISO('k.created_at')},
          'author', json_build_object('id', u.id, 'displayName', u.display_name)) ORDER BY k.created_at, k.id)
        FROM comment k JOIN app_user u ON u.id = k.author_id
        WHERE k.clause_id = c.id AND k.parent_id IS NULL), '[]'::json)`
          : ''
      }
    ) ORDER BY c.position)
    FROM clause c JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
    WHERE c.accord_id = a.id AND c.removed_at IS NULL), '[]'::json),
  'amendments', COALESCE((
    SELECT json_agg(json_build_object('id', m.id, 'kind', m.kind, 'status', m.status,
      'clause', CASE WHEN m.clause_id IS NULL THEN NULL ELSE json_build_object('id', m.clause_id) END)
      ORDER BY m.created_at)
    FROM amendment m WHERE m.accord_id = a.id), '[]'::json)
)))::text AS body
FROM accord a
WHERE a.id = $1 AND (a.facilitator_id = $2 OR EXISTS (
  SELECT 1 FROM participant p JOIN membership ms ON ms.organization_id = p.organization_id
  WHERE p.accord_id = a.id AND ms.user_id = $2))`;
}

const accordStatements = new Map();
/** Variant "json": the document built by PostgreSQL in one statement. */
async function readAccordJson(accordId, userId, flags) {
  const key = `${flags.comments}:${flags.commentCount}`;
  if (!accordStatements.has(key))
    accordStatements.set(key, { name: `accord_${key}`, text: accordSql(flags) });
  const { rows } = await pool.query({ ...accordStatements.get(key), values: [accordId, userId] });
  return rows.length ? rows[0].body : '{"data":{"accord":null}}';
}

const ROWS_SQL = {
  accord: `SELECT a.id, a.title, a.last_seq FROM accord a
           WHERE a.id = $1 AND (a.facilitator_id = $2 OR EXISTS (
             SELECT 1 FROM participant p JOIN membership ms ON ms.organization_id = p.organization_id
             WHERE p.accord_id = a.id AND ms.user_id = $2))`,
  clauses: (commentCount) => `SELECT c.id, c.number, v.version, v.heading, v.text, v.force
           ${commentCount ? ', (SELECT count(*)::int FROM comment k WHERE k.clause_id = c.id AND k.deleted_at IS NULL) AS comment_count' : ''}
           FROM clause c JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
           WHERE c.accord_id = $1 AND c.removed_at IS NULL ORDER BY c.position`,
  comments: `SELECT k.clause_id, k.id, k.body, k.deleted_at, k.created_at, u.id AS author_id, u.display_name
             FROM comment k JOIN app_user u ON u.id = k.author_id
             WHERE k.accord_id = $1 AND k.clause_id IS NOT NULL AND k.parent_id IS NULL
             ORDER BY k.created_at, k.id`,
  amendments: `SELECT m.id, m.kind, m.status, m.clause_id FROM amendment m WHERE m.accord_id = $1 ORDER BY m.created_at`,
};

/** Variant "rows": four plain statements at once on the pool, the document assembled here. */
async function readAccordRows(accordId, userId, flags) {
  const [accord, clauses, comments, amendments] = await Promise.all([
    pool.query({ name: 'rows_accord', text: ROWS_SQL.accord, values: [accordId, userId] }),
    pool.query({
      name: `rows_clauses_${flags.commentCount}`,
      text: ROWS_SQL.clauses(flags.commentCount),
      values: [accordId],
    }),
    flags.comments
      ? pool.query({ name: 'rows_comments', text: ROWS_SQL.comments, values: [accordId] })
      : { rows: [] },
    pool.query({ name: 'rows_amendments', text: ROWS_SQL.amendments, values: [accordId] }),
  ]);
  if (accord.rows.length === 0) return '{"data":{"accord":null}}';
  const byClause = new Map();
  for (const k of comments.rows) {
    let list = byClause.get(k.clause_id);
    if (!list) byClause.set(k.clause_id, (list = []));
    list.push({
      id: k.id,
      body: k.deleted_at ? '' : k.body,
      createdAt: k.created_at.toISOString(),
      author: { id: k.author_id, displayName: k.display_name },
    });
  }
  const a = accord.rows[0];
  return JSON.stringify({
    data: {
      accord: {
        id: a.id,
        title: a.title,
        lastSeq: a.last_seq,
        clauses: clauses.rows.map((c) => ({
          id: c.id,
          number: c.number,
          current: { version: c.version, heading: c.heading, text: c.text, force: c.force },
          ...(flags.commentCount ? { commentCount: c.comment_count } : {}),
          ...(flags.comments ? { comments: byClause.get(c.id) ?? [] } : {}),
        })),
        amendments: amendments.rows.map((m) => ({
          id: m.id,
          kind: m.kind,
          status: m.status,
          clause: m.clause_id ? { id: m.clause_id } : null,
        })),
      },
    },
  });
}

function readAccord(url, userId) {
  const accordId = url.pathname.split('/')[2];
  const flags = {
    comments: url.searchParams.get('comments') === '1',
    commentCount: url.searchParams.get('commentCount') === '1',
  };
  return url.searchParams.get('variant') === 'rows'
    ? readAccordRows(accordId, userId, flags)
    : readAccordJson(accordId, userId, flags);
}

class Refusal extends Error {}

/**
 * castBallot: under the accord's row lock (so the hash chain cannot fork), read what the vote
 * needs, then write ballot and history (with the receipt), counts, event, its checkpoint when
 * due, and head in one statement. 5 round trips: BEGIN, lock, read, write, COMMIT.
 */
async function castBallot(body, userId) {
  const { amendmentId, organizationId, choice } = body;
  const explanation = body.explanation?.trim() || null;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const locked = await client.query({
      name: 'ballot_lock',
      text: `SELECT a.id, a.last_seq, a.head_hash, a.checkpoint_seq, a.rule, a.parties_per_group FROM accord a
             WHERE a.id = (SELECT accord_id FROM amendment WHERE id = $1) FOR UPDATE`,
      values: [amendmentId],
    });
    if (locked.rows.length === 0) throw new Refusal('Amendment not found');
    const accord = locked.rows[0];
    // After the lock, so that what we read is what the previous writer committed.
    const { rows } = await client.query({
      name: 'ballot_read',
      text: `SELECT m.status, m.closes_at, m.ballot_counts, o.name, o.stakeholder_group,
                    p.role AS participant_role, ms.role AS membership_role, b.choice AS previous
             FROM amendment m
             JOIN organization o ON o.id = $2
             LEFT JOIN participant p ON p.accord_id = m.accord_id AND p.organization_id = o.id
             LEFT JOIN membership ms ON ms.organization_id = o.id AND ms.user_id = $3
             LEFT JOIN ballot b ON b.amendment_id = m.id AND b.organization_id = o.id
             WHERE m.id = $1`,
      values: [amendmentId, organizationId, userId],
    });
    const row = rows[0];
    if (
      !row ||
      !row.membership_role ||
      row.participant_role !== 'PARTY' ||
      row.membership_role !== 'REPRESENTATIVE'
    ) {
      throw new Refusal('You do not act for this organization in this accord');
    }
    if (row.status !== 'VOTING' || (row.closes_at && row.closes_at.getTime() <= Date.now())) {
      throw new Refusal('This amendment is not being voted on');
    }
    const counts = applyBallotChange(
      row.ballot_counts,
      row.stakeholder_group,
      row.previous ?? null,
      choice,
    );
    const tally = computeTallyFromCounts(accord.parties_per_group, counts, accord.rule);
    const secret = accord.rule.secretBallot === true;
    const payload = {
      amendmentId,
      organizationId,
      organizationName: row.name,
      group: row.stakeholder_group,
      changed: row.previous !== null,
      ...(secret ? {} : { choice, explanation }),
      tally: {
        for: tally.for,
        against: tally.against,
        abstain: tally.abstain,
        cast: tally.cast,
        eligible: tally.eligible,
        passed: tally.passed,
        explanation: tally.explanation,
      },
    };
    const at = new Date();
    const seq = accord.last_seq + 1;
    const hash = computeEventHash(accord.head_hash, {
      accordId: accord.id,
      seq,
      type: 'ballot.cast',
      at: toIsoMillis(at),
      actorId: userId,
      payload,
    });
    const due = seq - (accord.checkpoint_seq ?? 0) >= CHECKPOINT_EVERY;
    const checkpoint = due
      ? signCheckpoint(
          {
            accordId: accord.id,
            seq,
            hash,
            previousSeq: accord.checkpoint_seq,
            every: CHECKPOINT_EVERY,
            at,
            keyId,
          },
          signingKey,
        )
      : null;
    await client.query({
      name: due ? 'ballot_write_signed' : 'ballot_write',
      text: `WITH b AS (
               INSERT INTO ballot (amendment_id, organization_id, choice, explanation, cast_by, cast_at, receipt_seq, receipt_hash)
               VALUES ($1, $2, $3, $4, $5, $6, $9, $12)
               ON CONFLICT (amendment_id, organization_id) DO UPDATE SET choice = EXCLUDED.choice,
                 explanation = EXCLUDED.explanation, cast_by = EXCLUDED.cast_by, cast_at = EXCLUDED.cast_at,
                 receipt_seq = EXCLUDED.receipt_seq, receipt_hash = EXCLUDED.receipt_hash),
             h AS (
               INSERT INTO ballot_history (amendment_id, organization_id, choice, explanation, cast_by, cast_at, receipt_seq, receipt_hash, round)
               VALUES ($1, $2, $3, $4, $5, $6, $9, $12,
                 (SELECT round FROM voting_round WHERE amendment_id = $1 AND outcome IS NULL))),
             m AS (UPDATE amendment SET ballot_counts = $7::jsonb, updated_at = now() WHERE id = $1),
             ${
               due
                 ? `c AS (
               INSERT INTO accord_checkpoint (accord_id, seq, hash, previous_seq, every, at, key_id, signature)
               VALUES ($8, $9, $12, $13, $14, $6, $15, decode($16, 'base64'))),`
                 : ''
             }
             e AS (
               INSERT INTO accord_event (accord_id, seq, type, at, actor_id, payload, prev_hash, hash)
               VALUES ($8, $9, 'ballot.cast', $6, $5, $10::jsonb, $11, $12))
             UPDATE accord SET last_seq = $9, head_hash = $12${due ? ', checkpoint_seq = $9, checkpoint_every = $14' : ''}
             FROM (SELECT pg_notify('${EVENT_CHANNEL}', $8 || ':' || $9)) n
             WHERE accord.id = $8`,
      values: [
        amendmentId,
        organizationId,
        choice,
        explanation,
        userId,
        at,
        JSON.stringify(counts),
        accord.id,
        seq,
        JSON.stringify(payload),
        accord.head_hash,
        hash,
        ...(checkpoint
          ? [checkpoint.previousSeq, CHECKPOINT_EVERY, keyId, checkpoint.signature]
          : []),
      ],
    });
    await client.query('COMMIT');
    return JSON.stringify({ data: { castBallot: { choice } } });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  const send = (status, body) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  };
  try {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/health') return send(200, '{"ok":true}');
    const userId = userOf(req);
    if (!userId) return send(401, '{"errors":[{"message":"Sign in"}]}');
    if (req.method === 'GET' && url.pathname.startsWith('/accord/')) {
      return send(200, await readAccord(url, userId));
    }
    if (req.method === 'POST' && url.pathname === '/ballot') {
      return send(200, await castBallot(JSON.parse(await readBody(req)), userId));
    }
    send(404, '{"errors":[{"message":"Not found"}]}');
  } catch (error) {
    if (error instanceof Refusal)
      return send(200, JSON.stringify({ errors: [{ message: error.message }] }));
    send(500, JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
  }
});
server.keepAliveTimeout = 65000;
server.listen(Number(PORT), '127.0.0.1', () => {
  process.stdout.write(`baseline http ready on ${server.address().port}\n`);
});
const stop = () => {
  server.close(() => pool.end().finally(() => process.exit(0)));
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
