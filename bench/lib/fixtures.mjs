// Data for the scenarios. Small things go through the public GraphQL API, as delegates would
// make them; big fixtures (10,000 ballots, 10,000 clause versions) are bulk SQL that writes
// exactly what the API would have written: the same rows, the same counters, and the same
// hash-chained events (checked afterwards with verifyHistory).
import { randomUUID } from 'node:crypto';
import { applyBallotChange, computeTallyFromCounts } from '@plenary/decision-rules';
import { computeEventHash, publishKey, signCheckpoint, toIsoMillis } from '@plenary/ledger';
import { advanceAttribution, sameVersion } from '@plenary/text-history';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { BENCH_CHECKPOINT_EVERY, BENCH_JWT_SECRET, BENCH_SIGNING_KEY } from './api.mjs';
import { adoptedModification, ballotCast, participantAdded } from './event-drafts.mjs';
import { gql, mapLimit } from './http.mjs';

const BENCH_KEY_ID = publishKey(BENCH_SIGNING_KEY).keyId;

export const GROUPS = [
  'GOVERNMENT',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
  'TECHNICAL_COMMUNITY',
  'ACADEMIA',
  'INTERGOVERNMENTAL',
];

const PASSWORD = 'correct horse battery staple';
const CHUNK = 2000;

/** Words of generated clause texts: plausible treaty prose, deterministic. */
const WORDS = (
  'States shall not conduct or knowingly support activity in cyberspace that intentionally ' +
  'damages critical infrastructure or otherwise impairs its use and operation to provide ' +
  'services to the public and shall respond to appropriate requests for assistance by ' +
  'another State whose critical infrastructure is subject to malicious acts'
).split(' ');

export function clauseText(seed, words = 40) {
  return Array.from({ length: words }, (_, i) => WORDS[(i + seed) % WORDS.length]).join(' ');
}

/** Text of version `v` of a clause: the base text with one word per version changed. */
export function versionText(base, v) {
  if (v === 1) return base;
  const words = base.split(' ');
  words[v % words.length] = `w${v}`;
  return words.join(' ');
}

export class Fixtures {
  constructor(apiUrl, databaseUrl) {
    this.apiUrl = apiUrl;
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  }

  close() {
    return this.pool.end();
  }

  gql(query, variables, token) {
    return gql(this.apiUrl, query, variables, token);
  }

  // ── through the API ────────────────────────────────────────────────────────────────

  async user(displayName = 'Delegate') {
    const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@bench.example`;
    const data = await this.gql(
      `mutation($e: String!, $p: String!, $d: String!) { register(email: $e, password: $p, displayName: $d) { token user { id } } }`,
      { e: email, p: PASSWORD, d: displayName },
    );
    return { id: data.register.user.id, email, token: data.register.token, displayName };
  }

  /**
   * `count` users at once, for crowds (scenario 9's delegates): one registered through the API,
   * the others rows with its password hash (argon2 per registration would take minutes on a
   * small machine), each with an access token signed as the API signs them (HS256, the bench's
   * secret, claims `sub` and `typ: 'access'`).
   */
  async users(count, displayName = 'Delegate') {
    const first = await this.user(`${displayName} 1`);
    const {
      rows: [{ hash }],
    } = await this.pool.query(`SELECT password_hash AS hash FROM app_user WHERE id = $1`, [
      first.id,
    ]);
    const rest = Array.from({ length: count - 1 }, (_, i) => {
      const name = `${displayName} ${i + 2}`;
      return {
        id: randomUUID(),
        displayName: name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@bench.example`,
      };
    });
    if (rest.length > 0) {
      await this.pool.query(
        `INSERT INTO app_user (id, email, display_name, password_hash)
         SELECT id, e, d, $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, e, d)`,
        [rest.map((u) => u.id), rest.map((u) => u.email), rest.map((u) => u.displayName), hash],
      );
    }
    const token = (id) =>
      jwt.sign({ sub: id, typ: 'access' }, BENCH_JWT_SECRET, {
        algorithm: 'HS256',
        expiresIn: 43200,
      });
    return [first, ...rest.map((u) => ({ ...u, token: token(u.id) }))];
  }

  /**
   * Created through the API and marked verified in the database: verification is an operator's
   * act, not a path the benchmarks measure. Verified names are unique per group, hence the tag.
   */
  async organization(owner, group = 'GOVERNMENT', name = 'Org') {
    const tagged = `${name} ${randomUUID().slice(0, 6)}`;
    const data = await this.gql(
      `mutation($n: String!, $g: StakeholderGroup!) { createOrganization(name: $n, group: $g) { id } }`,
      { n: tagged, g: group },
      owner.token,
    );
    const id = data.createOrganization.id;
    await this.pool.query(`UPDATE organization SET verified_at = now() WHERE id = $1`, [id]);
    return { id, name: tagged, group };
  }

  /** `user` joins the organization as the API allows: invited by its representative, accepting. */
  async member(representative, organizationId, user, role = 'MEMBER') {
    const data = await this.gql(
      `mutation($o: ID!, $e: String!, $r: MembershipRole!) { inviteMember(organizationId: $o, email: $e, role: $r) { id } }`,
      { o: organizationId, e: user.email, r: role },
      representative.token,
    );
    await this.gql(
      `mutation($i: ID!) { acceptInvitation(invitationId: $i) { status } }`,
      { i: data.inviteMember.id },
      user.token,
    );
  }

  async accord(facilitator, rule = { kind: 'SIMPLE_MAJORITY' }, title = 'Tech Accord (bench)') {
    const data = await this.gql(
      `mutation($t: String!, $r: DecisionRuleInput!) { createAccord(title: $t, preamble: "We, the parties", rule: $r) { id } }`,
      { t: title, r: rule },
      facilitator.token,
    );
    return data.createAccord.id;
  }

  async participant(facilitator, accordId, organizationId, role = 'PARTY') {
    await this.gql(
      `mutation($a: ID!, $o: ID!, $r: ParticipantRole!) { addParticipant(accordId: $a, organizationId: $o, role: $r) { role } }`,
      { a: accordId, o: organizationId, r: role },
      facilitator.token,
    );
  }

  /** `count` party organizations, each with its own representative (registered: argon2 on the API). */
  async parties(facilitator, accordId, count, { prefix = 'Party', concurrency = 4 } = {}) {
    const made = await mapLimit(
      Array.from({ length: count }, (_, i) => i),
      concurrency,
      async (i) => {
        const group = GROUPS[i % GROUPS.length];
        const representative = await this.user(`${prefix} rep ${i + 1}`);
        const organization = await this.organization(
          representative,
          group,
          `${prefix} ${group} ${i + 1}`,
        );
        return { organizationId: organization.id, group, name: organization.name, representative };
      },
    );
    // Participants one after the other: each locks the accord anyway.
    for (const party of made) await this.participant(facilitator, accordId, party.organizationId);
    return made;
  }

  async propose(by, accordId, input) {
    const data = await this.gql(
      `mutation($input: ProposeAmendmentInput!) { proposeAmendment(input: $input) { id status } }`,
      {
        input: {
          accordId,
          onBehalfOf: by.organizationId,
          rationale: 'Because it matters.',
          ...input,
        },
      },
      by.representative.token,
    );
    return data.proposeAmendment.id;
  }

  async openVoting(facilitator, amendmentId) {
    await this.gql(
      `mutation($id: ID!) { openVoting(amendmentId: $id) { id } }`,
      { id: amendmentId },
      facilitator.token,
    );
  }

  async vote(party, amendmentId, choice = 'FOR') {
    await this.gql(
      `mutation($a: ID!, $o: ID!, $c: BallotChoice!) { castBallot(amendmentId: $a, organizationId: $o, choice: $c) { choice } }`,
      { a: amendmentId, o: party.organizationId, c: choice },
      party.representative.token,
    );
  }

  async closeVoting(facilitator, amendmentId) {
    const data = await this.gql(
      `mutation($id: ID!) { closeVoting(amendmentId: $id) { id status } }`,
      { id: amendmentId },
      facilitator.token,
    );
    return data.closeVoting.status;
  }

  /** Proposes, opens, has `voters` vote FOR and closes: an adopted amendment. */
  async adopt(facilitator, by, voters, accordId, input) {
    const id = await this.propose(by, accordId, input);
    await this.openVoting(facilitator, id);
    for (const voter of voters) await this.vote(voter, id, 'FOR');
    const status = await this.closeVoting(facilitator, id);
    if (status !== 'ADOPTED') throw new Error(`fixture amendment ${id} was ${status}`);
    return id;
  }

  async clauses(accordId, token) {
    const data = await this.gql(
      `query($id: ID!) { accord(id: $id) { clauses { id position current { version text } } } }`,
      { id: accordId },
      token,
    );
    return data.accord.clauses;
  }

  async verifyHistory(accordId, token) {
    const data = await this.gql(
      `query($a: ID!) { verifyHistory(accordId: $a) { ok checked firstBrokenSeq breakReason checkpointsVerified } }`,
      { a: accordId },
      token,
    );
    return data.verifyHistory;
  }

  // ── bulk SQL, consistent with the API ─────────────────────────────────────────────

  /**
   * Refreshes the planner's statistics after data written through the API in seconds: in a
   * running deployment autovacuum keeps them current. Left stale, the comment threads of a page
   * were planned for an empty table (a scan of every comment per clause, 2 ms instead of 0.7).
   */
  async analyze() {
    await this.pool.query('ANALYZE');
  }

  /**
   * Runs `work(client)` in one transaction, then refreshes the planner's statistics: a bulk load
   * makes in a second what the API would have written over weeks, while autovacuum kept the
   * statistics current (left stale, a plan made for one version per clause reads all 10,000).
   */
  async transaction(work) {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      await client.query('ANALYZE');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Appends events to an accord's log as AccordWrite.append does (the accord row locked, each
   * event chained to the previous one, `at` with milliseconds, payload as jsonb gives it back,
   * the head signed at each vote close and every BENCH_CHECKPOINT_EVERY events).
   * `drafts`: [{ type, actorId, payload }]. Returns the events written: [{ seq, hash }].
   */
  async appendEvents(client, accordId, drafts) {
    const { rows } = await client.query(
      `SELECT last_seq, head_hash, checkpoint_seq FROM accord WHERE id = $1 FOR UPDATE`,
      [accordId],
    );
    let seq = rows[0].last_seq;
    let prevHash = rows[0].head_hash;
    let checkpointSeq = rows[0].checkpoint_seq;
    const columns = { seq: [], type: [], at: [], actor: [], payload: [], prev: [], hash: [] };
    const checkpoints = [];
    const events = [];
    let lastMillis = 0;
    for (const draft of drafts) {
      // Distinct, increasing timestamps, as a sequence of transactions would have had.
      let now = Date.now();
      if (now <= lastMillis) now = lastMillis + 1;
      lastMillis = now;
      const at = new Date(now);
      const payload = JSON.parse(JSON.stringify(draft.payload));
      seq += 1;
      const hash = computeEventHash(prevHash, {
        accordId,
        seq,
        type: draft.type,
        at: toIsoMillis(at),
        actorId: draft.actorId,
        payload,
      });
      columns.seq.push(seq);
      columns.type.push(draft.type);
      columns.at.push(at.toISOString());
      columns.actor.push(draft.actorId);
      columns.payload.push(JSON.stringify(payload));
      columns.prev.push(prevHash);
      columns.hash.push(hash);
      events.push({ seq, hash });
      prevHash = hash;
      if (draft.type === 'voting.closed' || seq - (checkpointSeq ?? 0) >= BENCH_CHECKPOINT_EVERY) {
        checkpoints.push(
          signCheckpoint(
            {
              accordId,
              seq,
              hash,
              previousSeq: checkpointSeq,
              every: BENCH_CHECKPOINT_EVERY,
              at,
              keyId: BENCH_KEY_ID,
            },
            BENCH_SIGNING_KEY,
          ),
        );
        checkpointSeq = seq;
      }
    }
    for (let i = 0; i < columns.seq.length; i += CHUNK) {
      const slice = (array) => array.slice(i, i + CHUNK);
      await client.query(
        `INSERT INTO accord_event (accord_id, seq, type, at, actor_id, payload, prev_hash, hash)
         SELECT $1, s, t, a, u, p::jsonb, ph, h
         FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::uuid[], $6::text[], $7::text[], $8::text[])
           AS x(s, t, a, u, p, ph, h)`,
        [
          accordId,
          slice(columns.seq),
          slice(columns.type),
          slice(columns.at),
          slice(columns.actor),
          slice(columns.payload),
          slice(columns.prev),
          slice(columns.hash),
        ],
      );
    }
    for (let i = 0; i < checkpoints.length; i += CHUNK) {
      const chunk = checkpoints.slice(i, i + CHUNK);
      const column = (key) => chunk.map((c) => c[key]);
      await client.query(
        `INSERT INTO accord_checkpoint (accord_id, seq, hash, previous_seq, every, at, key_id, signature)
         SELECT $1, s, h, p, $2, a, $3, decode(g, 'base64')
         FROM unnest($4::int[], $5::text[], $6::int[], $7::timestamptz[], $8::text[]) AS x(s, h, p, a, g)`,
        [
          accordId,
          BENCH_CHECKPOINT_EVERY,
          BENCH_KEY_ID,
          column('seq'),
          column('hash'),
          column('previousSeq'),
          column('at'),
          column('signature'),
        ],
      );
    }
    if (drafts.length > 0) {
      await client.query(
        `UPDATE accord SET last_seq = $2, head_hash = $3, checkpoint_seq = $4,
           checkpoint_every = CASE WHEN $4::int IS NULL THEN NULL ELSE $5::int END WHERE id = $1`,
        [accordId, seq, prevHash, checkpointSeq, BENCH_CHECKPOINT_EVERY],
      );
    }
    return events;
  }

  /**
   * `count` party organizations represented by one user (created with `createOrganization`'s
   * rows: organization + REPRESENTATIVE membership), added to the accord as addParticipant
   * does: participant row, parties_per_group, `participant.added` event.
   */
  async bulkParties(accordId, facilitatorId, representativeId, count, prefix = 'Bulk') {
    return this.transaction(async (client) => {
      const parties = Array.from({ length: count }, (_, i) => ({
        organizationId: randomUUID(),
        group: GROUPS[i % GROUPS.length],
        name: `${prefix} ${GROUPS[i % GROUPS.length]} ${i + 1} ${randomUUID().slice(0, 6)}`,
      }));
      // Lock first, as the API does, then write.
      await client.query(`SELECT 1 FROM accord WHERE id = $1 FOR UPDATE`, [accordId]);
      for (let i = 0; i < parties.length; i += CHUNK) {
        const chunk = parties.slice(i, i + CHUNK);
        const ids = chunk.map((p) => p.organizationId);
        await client.query(
          `INSERT INTO organization (id, name, stakeholder_group, created_by, verified_at)
           SELECT id, n, g, $4, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, n, g)`,
          [ids, chunk.map((p) => p.name), chunk.map((p) => p.group), representativeId],
        );
        await client.query(
          `INSERT INTO membership (organization_id, user_id, role)
           SELECT id, $2, 'REPRESENTATIVE' FROM unnest($1::uuid[]) AS x(id)`,
          [ids, representativeId],
        );
        await client.query(
          `INSERT INTO participant (accord_id, organization_id, role)
           SELECT $1, id, 'PARTY' FROM unnest($2::uuid[]) AS x(id)`,
          [accordId, ids],
        );
      }
      const perGroup = {};
      for (const p of parties) perGroup[p.group] = (perGroup[p.group] ?? 0) + 1;
      for (const [group, n] of Object.entries(perGroup)) {
        await client.query(
          `UPDATE accord SET parties_per_group = jsonb_set(parties_per_group, ARRAY[$2::text],
             to_jsonb(COALESCE((parties_per_group->>$2)::int, 0) + $3)) WHERE id = $1`,
          [accordId, group, n],
        );
      }
      await this.appendEvents(
        client,
        accordId,
        parties.map((p) => participantAdded(facilitatorId, p)),
      );
      return parties;
    });
  }

  /**
   * First ballots of `parties` (no earlier ballot) on an amendment being voted on, as
   * CastBallotUseCase writes them: ballot + ballot_history rows, ballot_counts, and a
   * `ballot.cast` event carrying the tally after each ballot.
   */
  async bulkBallots(
    accordId,
    amendmentId,
    castBy,
    parties,
    choiceOf = (i) => ['FOR', 'AGAINST', 'ABSTAIN'][i % 3],
  ) {
    return this.transaction(async (client) => {
      const { rows } = await client.query(
        `SELECT a.rule, a.parties_per_group, m.ballot_counts, m.status
         FROM accord a JOIN amendment m ON m.accord_id = a.id WHERE a.id = $1 AND m.id = $2 FOR UPDATE OF a`,
        [accordId, amendmentId],
      );
      const { rule, parties_per_group: partiesPerGroup, status } = rows[0];
      if (status !== 'VOTING') throw new Error(`amendment ${amendmentId} is ${status}, not VOTING`);
      let counts = rows[0].ballot_counts;
      const drafts = [];
      const castAt = [];
      parties.forEach((party, i) => {
        const choice = choiceOf(i);
        counts = applyBallotChange(counts, party.group, null, choice);
        const tally = computeTallyFromCounts(partiesPerGroup, counts, rule);
        castAt.push(new Date().toISOString());
        drafts.push(ballotCast({ amendmentId, castBy, party, choice, tally, rule }));
      });
      // The events first: each ballot row carries its receipt (seq and hash of its event).
      const events = await this.appendEvents(client, accordId, drafts);
      for (let i = 0; i < parties.length; i += CHUNK) {
        const chunk = parties.slice(i, i + CHUNK);
        const ids = chunk.map((p) => p.organizationId);
        const choices = chunk.map((_, j) => choiceOf(i + j));
        const times = castAt.slice(i, i + CHUNK);
        const receipts = events.slice(i, i + CHUNK);
        // Each row with its receipt; the history also names the round running (as castBallot does).
        for (const [table, round] of [
          ['ballot', ''],
          ['ballot_history', 'round'],
        ]) {
          await client.query(
            `INSERT INTO ${table} (amendment_id, organization_id, choice, explanation, cast_by, cast_at, receipt_seq, receipt_hash${round && ', round'})
             SELECT $1, o, c, NULL, $4, t, rs, rh${round && ', (SELECT round FROM voting_round WHERE amendment_id = $1 AND outcome IS NULL)'}
             FROM unnest($2::uuid[], $3::text[], $5::timestamptz[], $6::int[], $7::text[]) AS x(o, c, t, rs, rh)`,
            [
              amendmentId,
              ids,
              choices,
              castBy,
              times,
              receipts.map((e) => e.seq),
              receipts.map((e) => e.hash),
            ],
          );
        }
      }
      await client.query(
        `UPDATE amendment SET ballot_counts = $2, updated_at = now() WHERE id = $1`,
        [amendmentId, JSON.stringify(counts)],
      );
      return counts;
    });
  }

  /**
   * Adds versions 2..`versions` to a clause, each made by an adopted MODIFY_CLAUSE amendment
   * as the API makes them: amendment.proposed, voting.opened, ballot.cast (the proposer's
   * organization, FOR), voting.closed (ADOPTED) and clause.versioned events; the amendment,
   * ballot, ballot_history and clause_version rows (attribution advanced word by word,
   * created_seq of its event); the clause's current_version. `party` proposes and votes.
   */
  async bulkVersions({ accordId, clauseId, facilitatorId, party, versions, baseText }) {
    return this.transaction(async (client) => {
      const { rows: accordRows } = await client.query(
        `SELECT rule, parties_per_group FROM accord WHERE id = $1 FOR UPDATE`,
        [accordId],
      );
      const { rule, parties_per_group: partiesPerGroup } = accordRows[0];
      const { rows: clauseRows } = await client.query(
        `SELECT c.position, c.current_version, v.text, v.heading, v.force, v.sources, v.attribution
         FROM clause c JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
         WHERE c.id = $1`,
        [clauseId],
      );
      const clause = clauseRows[0];
      if (clause.current_version !== 1)
        throw new Error('bulkVersions starts from a clause at version 1');
      const counts = applyBallotChange({}, party.group, null, 'FOR');
      const tally = computeTallyFromCounts(partiesPerGroup, counts, rule);
      if (!tally.passed) throw new Error('bulkVersions: one FOR ballot must pass under this rule');
      const amendments = [];
      const drafts = [];
      let spans = clause.attribution.map((s) => ({ text: s.t, meta: { version: s.v } }));
      for (let v = 2; v <= versions; v++) {
        const id = randomUUID();
        const text = versionText(baseText, v);
        spans = advanceAttribution(spans, text, { version: v }, { sameMeta: sameVersion });
        amendments.push({
          id,
          version: v,
          text,
          attribution: spans.map((s) => ({ t: s.text, v: s.meta.version })),
        });
        drafts.push(
          ...adoptedModification({
            amendmentId: id,
            facilitatorId,
            proposerId: party.representative.id,
            party,
            clauseId,
            version: v,
            position: clause.position,
            heading: clause.heading,
            text,
            force: clause.force,
            sources: clause.sources,
            tally,
            rule,
          }),
        );
      }
      const events = await this.appendEvents(client, accordId, drafts);
      const seqs = events.map((e) => e.seq);
      // Each amendment's ballot is the 3rd of its 5 events.
      const receiptOf = (a) => events[(a.version - 2) * 5 + 2];
      for (let i = 0; i < amendments.length; i += CHUNK) {
        const chunk = amendments.slice(i, i + CHUNK);
        const ids = chunk.map((a) => a.id);
        await client.query(
          `INSERT INTO amendment (id, accord_id, kind, status, clause_id, base_version, text, sources, rationale,
             author_id, on_behalf_of, voting_opened_at, closed_at, ballot_counts, final_tally)
           SELECT id, $1, 'MODIFY_CLAUSE', 'ADOPTED', $2, v - 1, t, '[]'::jsonb, 'Because it matters.',
             $3, $4, now(), now(), $5::jsonb, $6::jsonb
           FROM unnest($7::uuid[], $8::int[], $9::text[]) AS x(id, v, t)`,
          [
            accordId,
            clauseId,
            party.representative.id,
            party.organizationId,
            JSON.stringify(counts),
            JSON.stringify(tally),
            ids,
            chunk.map((a) => a.version),
            chunk.map((a) => a.text),
          ],
        );
        await client.query(
          `INSERT INTO voting_round (amendment_id, round, opened_at, ended_at, outcome, final_tally)
           SELECT id, 1, now(), now(), 'ADOPTED', $2::jsonb FROM unnest($1::uuid[]) AS x(id)`,
          [ids, JSON.stringify(tally)],
        );
        for (const [table, round] of [
          ['ballot', ''],
          ['ballot_history', 'round'],
        ]) {
          await client.query(
            `INSERT INTO ${table} (amendment_id, organization_id, choice, explanation, cast_by, cast_at, receipt_seq, receipt_hash${round && ', round'})
             SELECT id, $2, 'FOR', NULL, $3, now(), rs, rh${round && ', 1'}
             FROM unnest($1::uuid[], $4::int[], $5::text[]) AS x(id, rs, rh)`,
            [
              ids,
              party.organizationId,
              party.representative.id,
              chunk.map((a) => receiptOf(a).seq),
              chunk.map((a) => receiptOf(a).hash),
            ],
          );
        }
        await client.query(
          `INSERT INTO clause_version (clause_id, version, heading, text, force, sources, amendment_id,
             author_organization_id, created_seq, attribution)
           SELECT $1, v, $2, t, $3, $4::jsonb, id, $5, s, a::jsonb
           FROM unnest($6::uuid[], $7::int[], $8::text[], $9::int[], $10::text[]) AS x(id, v, t, s, a)`,
          [
            clauseId,
            clause.heading,
            clause.force,
            JSON.stringify(clause.sources),
            party.organizationId,
            ids,
            chunk.map((a) => a.version),
            chunk.map((a) => a.text),
            // Each version's seq is that of its clause.versioned event: the 5th of its 5.
            chunk.map((a) => seqs[(a.version - 2) * 5 + 4]),
            chunk.map((a) => JSON.stringify(a.attribution)),
          ],
        );
      }
      await client.query(`UPDATE clause SET current_version = $2 WHERE id = $1`, [
        clauseId,
        versions,
      ]);
      return { seqOfVersion: (v) => (v === 1 ? null : seqs[(v - 2) * 5 + 4]) };
    });
  }
  /**
   * Comments on an amendment, as PostCommentUseCase writes them: the comment row (its search
   * vector generated by PostgreSQL), its first revision and the `comment.posted` event.
   * `bodies`: the comments' texts. Returns their ids.
   */
  async bulkComments({ accordId, amendmentId, authorId, bodies }) {
    return this.transaction(async (client) => {
      const ids = bodies.map(() => randomUUID());
      const drafts = bodies.map((body, i) => ({
        type: 'comment.posted',
        actorId: authorId,
        payload: {
          commentId: ids[i],
          amendmentId,
          clauseId: null,
          clauseVersion: null,
          parentId: null,
          authorId,
          body,
          quoteStart: null,
          quoteEnd: null,
        },
      }));
      await this.appendEvents(client, accordId, drafts);
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunkIds = ids.slice(i, i + CHUNK);
        const chunkBodies = bodies.slice(i, i + CHUNK);
        await client.query(
          `INSERT INTO comment (id, accord_id, amendment_id, author_id, body, revision)
           SELECT id, $1, $2, $3, b, 1 FROM unnest($4::uuid[], $5::text[]) AS x(id, b)`,
          [accordId, amendmentId, authorId, chunkIds, chunkBodies],
        );
        await client.query(
          `INSERT INTO comment_revision (comment_id, revision, body, written_at)
           SELECT id, 1, b, now() FROM unnest($1::uuid[], $2::text[]) AS x(id, b)`,
          [chunkIds, chunkBodies],
        );
      }
      return ids;
    });
  }
}
