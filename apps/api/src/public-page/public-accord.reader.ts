import { Injectable } from '@nestjs/common';
import {
  type ImplementationStatus,
  type PublicAccordDocument,
  type PublicOrganization,
  StakeholderGroup,
} from '@plenary/contracts';
import { DataSource } from 'typeorm';
import { AccordEntity } from '../accord-log/accord.entity.js';
import { selectRows } from '../common/database/select-rows.js';
import { organizationHandle } from '../identity/models/identity.mappers.js';
import { IncidentMatrixService } from '../incidents/incident-matrix.service.js';
import { signatoryCounts } from '../signatories/signatory-counts.js';

/** A published accord as its head check reads it, with what its links to other versions are. */
export type PublishedAccordHead = AccordEntity & { versions: string };

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const pathOf = (slug: string) => `/public/accords/${slug}`;

/**
 * Reads the public page of an accord by its slug: null unless it is final and published. Each
 * part is one statement of what the page shows, column by column, so nothing private (a user,
 * an email, a ballot, a comment, a membership) can reach it by a change elsewhere.
 */
@Injectable()
export class PublicAccordReader {
  constructor(
    private readonly db: DataSource,
    private readonly incidents: IncidentMatrixService,
  ) {}

  /**
   * The accord and its log head, in one statement: what the ETag and the kept document are keyed
   * by. `versions` stands for the links to its other published versions, which their own logs
   * move (publishing the next version writes nothing to this one's log).
   */
  async head(slug: string): Promise<PublishedAccordHead | null> {
    if (slug.length > 120 || !SLUG.test(slug)) return null;
    const [accord] = await selectRows<AccordEntity, { versions: string }>(
      this.db,
      AccordEntity,
      'WHERE t.public_slug = $1 AND t.published_at IS NOT NULL AND t.final_seq IS NOT NULL',
      [slug],
      `(SELECT coalesce(string_agg(md5(v.id || v.title || v.public_slug || v.published_at::text), ','
                                   ORDER BY v.id), '')
        FROM accord v
        WHERE (v.id = t.previous_version_id OR v.previous_version_id = t.id)
          AND v.published_at IS NOT NULL AND v.final_seq IS NOT NULL) AS "versions"`,
    );
    return accord ?? null;
  }

  async read(accord: AccordEntity): Promise<PublicAccordDocument> {
    const [articles, signatures, reports, versions, matrix] = await Promise.all([
      this.db.query<PublicAccordDocument['articles']>(
        `SELECT c.id AS "clauseId", c.number, v.heading, v.text, v.force, v.sources
         FROM clause c JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
         WHERE c.accord_id = $1 AND c.removed_at IS NULL ORDER BY c.position`,
        [accord.id],
      ),
      this.db.query<
        {
          id: string;
          name: string;
          group: StakeholderGroup;
          country: string | null;
          verified: boolean;
          signedAt: Date;
          withdrawnAt: Date | null;
          statement: string | null;
          reservations: { clauseId: string; number: string; text: string }[];
        }[]
      >(
        `SELECT o.id, o.name, o.stakeholder_group AS "group", o.country,
                o.verified_at IS NOT NULL AS verified, s.signed_at AS "signedAt",
                s.withdrawn_at AS "withdrawnAt", s.statement, s.reservations
         FROM signature s JOIN organization o ON o.id = s.organization_id
         WHERE s.accord_id = $1 ORDER BY s.signed_seq`,
        [accord.id],
      ),
      this.db.query<
        {
          clauseId: string;
          organizationId: string;
          status: ImplementationStatus;
          text: string;
          reportedAt: Date;
        }[]
      >(
        `SELECT DISTINCT ON (r.clause_id, r.organization_id)
                r.clause_id AS "clauseId", r.organization_id AS "organizationId", r.status,
                r.text, r.reported_at AS "reportedAt"
         FROM implementation_report r
         JOIN signature s ON s.accord_id = r.accord_id AND s.organization_id = r.organization_id
                          AND s.withdrawn_at IS NULL
         WHERE r.accord_id = $1
         ORDER BY r.clause_id, r.organization_id, r.seq DESC`,
        [accord.id],
      ),
      this.db.query<{ title: string; slug: string; next: boolean }[]>(
        `SELECT title, public_slug AS slug, previous_version_id = $1 AS next FROM accord
         WHERE (id = $2 OR previous_version_id = $1)
           AND published_at IS NOT NULL AND final_seq IS NOT NULL`,
        [accord.id, accord.previousVersionId],
      ),
      this.incidents.matrixOf(accord.id),
    ]);
    const standing = signatures.filter((s) => s.withdrawnAt === null);
    const link = (next: boolean) => {
      const v = versions.find((x) => x.next === next);
      return v ? { title: v.title, path: pathOf(v.slug) } : null;
    };
    return {
      formatVersion: 1,
      slug: accord.publicSlug!,
      path: pathOf(accord.publicSlug!),
      title: accord.title,
      preamble: accord.preamble,
      publishedAt: accord.publishedAt!.toISOString(),
      final: {
        seq: accord.finalSeq!,
        hash: accord.finalHash!,
        textSeq: accord.finalSeq! - 1,
        declaredAt: accord.declaredFinalAt!.toISOString(),
      },
      head: { seq: accord.lastSeq, hash: accord.headHash },
      previousVersion: link(false),
      nextVersion: link(true),
      articles,
      signatories: standing.map((s) => ({
        organization: {
          id: s.id,
          name: s.name,
          group: s.group,
          country: s.country,
          handle: organizationHandle(s.id),
          verified: s.verified,
        } satisfies PublicOrganization,
        signedAt: s.signedAt.toISOString(),
        statement: s.statement,
        reservations: s.reservations.map(({ clauseId, number, text }) => ({
          clauseId,
          number,
          text,
        })),
      })),
      signatoryCounts: signatoryCounts(signatures, Object.values(StakeholderGroup)),
      adherence: reports.map((r) => ({ ...r, reportedAt: r.reportedAt.toISOString() })),
      incidentMatrix: {
        incidents: matrix.incidents,
        clauses: matrix.clauses,
        // Counts only: which organization found what stays with the delegates.
        cells: matrix.cells.map(({ incidentId, clauseId, summary }) => ({
          incidentId,
          clauseId,
          breached: summary.breached,
          notBreached: summary.notBreached,
          unclear: summary.unclear,
          total: summary.total,
          breachShare: summary.breachShare,
          groupsDisagree: summary.groupsDisagree,
        })),
      },
    };
  }
}
