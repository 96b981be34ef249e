import { Injectable } from '@nestjs/common';
import {
  type AssessmentVerdict,
  type StakeholderGroup,
  summarizeVerdicts,
  type VerdictSummary,
} from '@plenary/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';

export interface MatrixIncident {
  id: string;
  name: string;
  startedOn: string;
}

export interface MatrixClause {
  id: string;
  number: string;
  heading: string | null;
}

export interface MatrixCell {
  incidentId: string;
  clauseId: string;
  summary: VerdictSummary;
}

/** Incidents × the clauses in the text, each cell the assessments of that pair, summarized. */
export interface IncidentMatrix {
  accordId: string;
  incidents: MatrixIncident[];
  clauses: MatrixClause[];
  /** Every pair, incidents in order, then clauses in the order of the text. */
  cells: MatrixCell[];
}

/**
 * The incident matrix of an accord, in three statements. No access check: its callers check
 * (the incidents resolver for a delegate; a public page for a published accord, which shows only
 * counts and organizations' verdicts, nothing private).
 */
@Injectable()
export class IncidentMatrixService {
  constructor(private readonly dataSource: DataSource) {}

  async matrixOf(accordId: string, manager?: EntityManager): Promise<IncidentMatrix> {
    const db = manager ?? this.dataSource;
    const incidents = await readQuery<MatrixIncident>(
      db,
      `SELECT id, name, started_on AS "startedOn" FROM incident WHERE accord_id = $1
       ORDER BY started_on, lower(name)`,
      [accordId],
    );
    const clauses = await readQuery<MatrixClause>(
      db,
      `SELECT c.id, c.number, v.heading FROM clause c
       JOIN clause_version v ON v.clause_id = c.id AND v.version = c.current_version
       WHERE c.accord_id = $1 AND c.removed_at IS NULL ORDER BY c.position`,
      [accordId],
    );
    const verdicts = await readQuery<{
      incidentId: string;
      clauseId: string;
      verdict: AssessmentVerdict;
      group: StakeholderGroup;
    }>(
      db,
      `SELECT a.incident_id AS "incidentId", a.clause_id AS "clauseId", a.verdict,
              o.stakeholder_group AS "group"
       FROM incident_assessment a JOIN organization o ON o.id = a.organization_id
       WHERE a.accord_id = $1 AND a.clause_id IS NOT NULL`,
      [accordId],
    );
    const byPair = new Map<string, typeof verdicts>();
    for (const v of verdicts) {
      const key = `${v.incidentId}:${v.clauseId}`;
      const list = byPair.get(key);
      if (list) list.push(v);
      else byPair.set(key, [v]);
    }
    return {
      accordId,
      incidents,
      clauses,
      cells: incidents.flatMap((incident) =>
        clauses.map((clause) => ({
          incidentId: incident.id,
          clauseId: clause.id,
          summary: summarizeVerdicts(byPair.get(`${incident.id}:${clause.id}`) ?? []),
        })),
      ),
    };
  }
}
