import type { AmendmentKind, AmendmentStatus, StakeholderGroup } from '@plenary/contracts';
import { mayRead } from '../accord-log/accord-access.service.js';
import { SearchKind } from './search-kind.js';
import { START_MARK, STOP_MARK, withoutMarks } from './snippet.js';

/** One hit as the statement returns it: what it is, where it is, and its headline. */
export interface SearchHitRow {
  kind: SearchKind;
  id: string;
  rank: number;
  accordId: string | null;
  accordTitle: string | null;
  clauseId: string | null;
  clauseNumber: string | null;
  clauseVersion: number | null;
  clauseCurrentVersion: number | null;
  clauseRemoved: boolean | null;
  amendmentId: string | null;
  amendmentKind: AmendmentKind | null;
  amendmentStatus: AmendmentStatus | null;
  heading: string | null;
  commentParentId: string | null;
  organizationName: string | null;
  organizationGroup: StakeholderGroup | null;
  organizationCountry: string | null;
  headline: string;
}

/** The statement's parameters, in order ($1 … $6). */
export interface SearchParameters {
  callerId: string;
  query: string;
  accordId: string | null;
  kinds: SearchKind[];
  limit: number;
  offset: number;
}

export const searchParameters = (p: SearchParameters): unknown[] => [
  p.callerId,
  p.query,
  p.accordId,
  p.kinds,
  p.limit,
  p.offset,
];

/** The query, parsed once per statement ("quoted phrase", -excluded, or); stop words alone match nothing. */
const QUERY = `websearch_to_tsquery('english', $2)`;

/** A rank that does not favour long texts over short ones (ts_rank's normalization 1). */
const rank = (vector: string) => `ts_rank(${vector}, ${QUERY}, 1)`;

/** Who sees an organization: everyone, once it is verified; its members, before. */
const ORGANIZATION_VISIBLE = `(o.verified_at IS NOT NULL OR EXISTS (
  SELECT 1 FROM membership m WHERE m.organization_id = o.id AND m.user_id = $1))`;

/** ts_headline's options, as SQL: our marks (chr(2), chr(3)) around the words it found. */
const marked = (options: string) =>
  `'StartSel=' || chr(${START_MARK.charCodeAt(0)}) || ', StopSel=' || chr(${STOP_MARK.charCodeAt(0)}) || ', ${options}'`;
const HEADLINE_OPTIONS = marked(
  'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "',
);
const WHOLE_TEXT_OPTIONS = marked('HighlightAll=true');

/**
 * Every hit of the caller's query he may read, best first, one page: accords are filtered by
 * the access rule (`mayRead`) before any text is matched; each table is matched through its GIN
 * index on `search_vector`, and only the page's hits get a headline (ts_headline reads the
 * whole text again). A clause is one hit: its current version when that matches, else the
 * latest earlier version that does.
 */
export const SEARCH_SQL = `
WITH visible AS (
  SELECT a.id FROM accord a
  WHERE ($3::uuid IS NULL OR a.id = $3::uuid) AND ${mayRead('a', '$1')}
),
hits AS (
  SELECT '${SearchKind.CLAUSE}' AS kind, id, version, accord_id, rank FROM (
    SELECT DISTINCT ON (cv.clause_id) cv.clause_id AS id, cv.version, c.accord_id,
           ${rank('cv.search_vector')} AS rank
    FROM clause_version cv JOIN clause c ON c.id = cv.clause_id
    WHERE '${SearchKind.CLAUSE}' = ANY($4::text[]) AND cv.search_vector @@ ${QUERY}
      AND c.accord_id IN (SELECT id FROM visible)
    ORDER BY cv.clause_id, cv.version = c.current_version DESC, cv.version DESC
  ) best_version
  UNION ALL
  SELECT '${SearchKind.AMENDMENT}', am.id, NULL, am.accord_id, ${rank('am.search_vector')}
  FROM amendment am
  WHERE '${SearchKind.AMENDMENT}' = ANY($4::text[]) AND am.search_vector @@ ${QUERY}
    AND am.accord_id IN (SELECT id FROM visible)
  UNION ALL
  SELECT '${SearchKind.COMMENT}', cm.id, NULL, cm.accord_id, ${rank('cm.search_vector')}
  FROM comment cm
  WHERE '${SearchKind.COMMENT}' = ANY($4::text[]) AND cm.deleted_at IS NULL
    AND cm.search_vector @@ ${QUERY} AND cm.accord_id IN (SELECT id FROM visible)
  UNION ALL
  SELECT '${SearchKind.ORGANIZATION}', o.id, NULL, NULL, ${rank('o.search_vector')}
  FROM organization o
  WHERE '${SearchKind.ORGANIZATION}' = ANY($4::text[]) AND o.search_vector @@ ${QUERY}
    AND ${ORGANIZATION_VISIBLE}
    AND ($3::uuid IS NULL OR EXISTS (
      SELECT 1 FROM participant p WHERE p.accord_id = $3::uuid AND p.organization_id = o.id))
),
page AS (
  SELECT * FROM hits ORDER BY rank DESC, kind, id LIMIT $5 OFFSET $6
)
SELECT p.kind, p.id, p.rank, p.accord_id AS "accordId", a.title AS "accordTitle",
       cl.id AS "clauseId", cl.number AS "clauseNumber",
       CASE p.kind WHEN '${SearchKind.CLAUSE}' THEN p.version
                   WHEN '${SearchKind.COMMENT}' THEN cm.clause_version
                   ELSE cl.current_version END AS "clauseVersion",
       cl.current_version AS "clauseCurrentVersion", cl.removed_at IS NOT NULL AS "clauseRemoved",
       am.id AS "amendmentId", am.kind AS "amendmentKind", am.status AS "amendmentStatus",
       CASE p.kind WHEN '${SearchKind.CLAUSE}' THEN cv.heading
                   WHEN '${SearchKind.AMENDMENT}' THEN am.heading END AS heading,
       cm.parent_id AS "commentParentId",
       o.name AS "organizationName", o.stakeholder_group AS "organizationGroup",
       o.country AS "organizationCountry",
       ts_headline('english', ${withoutMarks(`CASE p.kind
           WHEN '${SearchKind.CLAUSE}' THEN concat_ws(' — ', cv.heading, cv.text)
           WHEN '${SearchKind.AMENDMENT}' THEN concat_ws(' — ', am.heading, am.text, am.rationale)
           WHEN '${SearchKind.COMMENT}' THEN cm.body
           ELSE concat_ws(' · ', o.name, o.country, o.website) END`)},
         ${QUERY},
         CASE p.kind WHEN '${SearchKind.ORGANIZATION}' THEN ${WHOLE_TEXT_OPTIONS}
                     ELSE ${HEADLINE_OPTIONS} END) AS headline
FROM page p
LEFT JOIN accord a ON a.id = p.accord_id
LEFT JOIN comment cm ON p.kind = '${SearchKind.COMMENT}' AND cm.id = p.id
LEFT JOIN amendment am ON am.id = CASE p.kind WHEN '${SearchKind.AMENDMENT}' THEN p.id
                                              WHEN '${SearchKind.COMMENT}' THEN cm.amendment_id END
LEFT JOIN clause cl ON cl.id = CASE p.kind WHEN '${SearchKind.CLAUSE}' THEN p.id
                                           WHEN '${SearchKind.COMMENT}' THEN cm.clause_id
                                           ELSE am.clause_id END
LEFT JOIN clause_version cv ON p.kind = '${SearchKind.CLAUSE}' AND cv.clause_id = p.id
                           AND cv.version = p.version
LEFT JOIN organization o ON p.kind = '${SearchKind.ORGANIZATION}' AND o.id = p.id
ORDER BY p.rank DESC, p.kind, p.id`;
