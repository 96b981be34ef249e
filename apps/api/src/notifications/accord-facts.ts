import type { MentionablePerson } from '@plenary/contracts';
import type { EntityManager } from 'typeorm';
import { representingParties } from '../accord-log/accord-access.service.js';
import type { NotifiedActor } from './notification-words.js';

interface AmendmentFacts {
  id: string;
  kind: string;
  authorId: string;
  clauseId: string | null;
  onBehalfOfName: string;
  closesAt: Date | null;
  clauseNumber: string | null;
}

export interface Representative {
  userId: string;
  organization: string;
}

/**
 * What the derivation reads about one accord while it turns events into notifications: names,
 * numbers and people as they stand, each read once per batch.
 */
export class AccordFacts {
  private title: Promise<string> | null = null;
  private people: Promise<MentionablePerson[]> | null = null;
  private readonly amendments = new Map<string, Promise<AmendmentFacts | null>>();
  private readonly actors = new Map<string, Promise<NotifiedActor | null>>();
  private readonly clauses = new Map<string, Promise<string>>();
  private readonly commentAuthors = new Map<string, Promise<string | null>>();
  private readonly representatives = new Map<string, Promise<Representative[]>>();

  constructor(
    private readonly manager: EntityManager,
    readonly accordId: string,
  ) {}

  /** The last statement asked for: the next waits for it (see `inTurn`). */
  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Runs `statement` once those asked before it are done. The facts live on the derivation's
   * transaction, one connection that runs one statement at a time: asked together (a
   * `Promise.all` of facts), they queue here rather than inside pg, which deprecates that.
   */
  private inTurn<R>(statement: () => Promise<R>): Promise<R> {
    const run = this.tail.then(statement);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private query<R>(sql: string, parameters: unknown[]): Promise<R> {
    return this.inTurn(() => this.manager.query<R>(sql, parameters));
  }

  accordTitle(): Promise<string> {
    return (this.title ??= this.query<{ title: string }[]>(
      `SELECT title FROM accord WHERE id = $1`,
      [this.accordId],
    ).then((rows) => rows[0]?.title ?? 'accord'));
  }

  /** Everyone who takes part: members of its organizations, and its facilitator. */
  participants(): Promise<MentionablePerson[]> {
    return (this.people ??= this.query<MentionablePerson[]>(
      `SELECT DISTINCT u.id, u.display_name AS "displayName"
       FROM app_user u
       WHERE u.id = (SELECT facilitator_id FROM accord WHERE id = $1)
          OR u.id IN (SELECT m.user_id FROM membership m
                      JOIN participant p ON p.organization_id = m.organization_id
                      WHERE p.accord_id = $1)`,
      [this.accordId],
    ));
  }

  async isParticipant(userId: string): Promise<boolean> {
    return (await this.participants()).some((person) => person.id === userId);
  }

  /** The user, with the organization he acts for in this accord (the first by name if several). */
  actor(userId: string | null, organizationId?: string): Promise<NotifiedActor | null> {
    if (!userId) return Promise.resolve(null);
    return once(this.actors, `${userId}/${organizationId ?? ''}`, async () => {
      const [row] = await this.query<{ name: string; organization: string | null }[]>(
        `SELECT u.display_name AS name,
              (SELECT o.name FROM membership m
               JOIN organization o ON o.id = m.organization_id
               JOIN participant p ON p.organization_id = o.id AND p.accord_id = $2
               WHERE m.user_id = u.id AND ($3::uuid IS NULL OR o.id = $3)
               ORDER BY o.name LIMIT 1) AS organization
       FROM app_user u WHERE u.id = $1`,
        [userId, this.accordId, organizationId ?? null],
      );
      return row ?? null;
    });
  }

  amendment(amendmentId: string): Promise<AmendmentFacts | null> {
    return once(this.amendments, amendmentId, () =>
      this.query<AmendmentFacts[]>(
        `SELECT a.id, a.kind, a.author_id AS "authorId", a.clause_id AS "clauseId",
                  o.name AS "onBehalfOfName", a.closes_at AS "closesAt", c.number AS "clauseNumber"
           FROM amendment a
           JOIN organization o ON o.id = a.on_behalf_of
           LEFT JOIN clause c ON c.id = a.clause_id
           WHERE a.id = $1`,
        [amendmentId],
      ).then((rows) => rows[0] ?? null),
    );
  }

  /** "the amendment to Article 3", "the amendment adding a new article". */
  async amendmentPlace(amendmentId: string): Promise<string> {
    const amendment = await this.amendment(amendmentId);
    if (!amendment) return 'an amendment';
    const article = amendment.clauseNumber ? `Article ${amendment.clauseNumber}` : null;
    switch (amendment.kind) {
      case 'ADD_CLAUSE':
        return 'the amendment adding a new article';
      case 'REMOVE_CLAUSE':
        return article ? `the amendment removing ${article}` : 'an amendment';
      case 'MOVE_CLAUSE':
        return article ? `the amendment moving ${article}` : 'an amendment';
      default:
        return article ? `the amendment to ${article}` : 'an amendment';
    }
  }

  clausePlace(clauseId: string): Promise<string> {
    return once(this.clauses, clauseId, async () => {
      const [row] = await this.query<{ number: string }[]>(
        `SELECT number FROM clause WHERE id = $1`,
        [clauseId],
      );
      return row ? `Article ${row.number}` : 'an article';
    });
  }

  /** Author of a comment, if it is still there to be replied to. */
  commentAuthor(commentId: string): Promise<string | null> {
    return once(this.commentAuthors, commentId, async () => {
      const [row] = await this.query<{ authorId: string }[]>(
        `SELECT author_id AS "authorId" FROM comment WHERE id = $1`,
        [commentId],
      );
      return row?.authorId ?? null;
    });
  }

  /** Representatives of the organization (which must take part in the accord). */
  representativesOf(organizationId: string): Promise<Representative[]> {
    return once(this.representatives, organizationId, () =>
      this.query<Representative[]>(
        `SELECT m.user_id AS "userId", o.name AS organization
       FROM membership m JOIN organization o ON o.id = m.organization_id
       WHERE m.organization_id = $1 AND m.role = 'REPRESENTATIVE'
       ORDER BY m.user_id`,
        [organizationId],
      ),
    );
  }

  /** The accord's facilitator. */
  async facilitatorId(): Promise<string | null> {
    const [row] = await this.query<{ id: string }[]>(
      `SELECT facilitator_id AS id FROM accord WHERE id = $1`,
      [this.accordId],
    );
    return row?.id ?? null;
  }

  /** Whoever casts a party's ballots (one row per person). */
  partyRepresentatives(): Promise<Representative[]> {
    return this.query<Representative[]>(
      `SELECT DISTINCT ON (m.user_id) m.user_id AS "userId", o.name AS organization
       FROM ${representingParties('$1')}
       ORDER BY m.user_id, o.name`,
      [this.accordId],
    );
  }

  /** An organization's name, as it stands. */
  async organizationName(organizationId: string): Promise<string> {
    const [row] = await this.query<{ name: string }[]>(
      `SELECT name FROM organization WHERE id = $1`,
      [organizationId],
    );
    return row?.name ?? 'An organization';
  }

  /** An incident's name, as it stands. */
  async incidentName(incidentId: string): Promise<string> {
    const [row] = await this.query<{ name: string }[]>(`SELECT name FROM incident WHERE id = $1`, [
      incidentId,
    ]);
    return row?.name ?? 'an incident';
  }

  /** Whoever casts the ballot of a party that has none on the amendment (yet). */
  representativesNotVoted(amendmentId: string): Promise<Representative[]> {
    return this.inTurn(() => representativesNotVoted(this.manager, this.accordId, amendmentId));
  }
}

/** The value loaded for `key`, loading it the first time (a batch asks the same things often). */
function once<T>(loaded: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = loaded.get(key);
  if (!value) loaded.set(key, (value = load()));
  return value;
}

export function representativesNotVoted(
  manager: EntityManager,
  accordId: string,
  amendmentId: string,
): Promise<Representative[]> {
  return manager.query<Representative[]>(
    `SELECT DISTINCT ON (m.user_id) m.user_id AS "userId", o.name AS organization
     FROM ${representingParties('$1')}
       AND NOT EXISTS (SELECT 1 FROM ballot b
                       WHERE b.amendment_id = $2 AND b.organization_id = p.organization_id)
     ORDER BY m.user_id, o.name`,
    [accordId, amendmentId],
  );
}
