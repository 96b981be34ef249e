import { Injectable } from '@nestjs/common';
import type { AssessmentVerdict } from '@plenary/contracts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readQuery } from '../common/database/read-query.js';
import { selectRows } from '../common/database/select-rows.js';
import { groupByKeys, LoaderSource } from '../common/graphql/loaders.js';
import { IncidentAssessmentEntity } from './incident-assessment.entity.js';
import { IncidentEntity } from './incident.entity.js';

export interface AssessmentRevisionRow {
  assessmentId: string;
  revision: number;
  verdict: AssessmentVerdict;
  reasoning: string;
  assessedAt: Date;
  seq: number;
}

/** Incidents and assessments read by one request. */
export class IncidentLoaders {
  readonly incidentsByAccord: DataLoader<string, IncidentEntity[]>;
  readonly assessmentsByIncident: DataLoader<string, IncidentAssessmentEntity[]>;
  /** Every revision of an assessment, from its events in the log (key: accordId:assessmentId). */
  readonly revisionsByAssessment: DataLoader<string, AssessmentRevisionRow[]>;

  constructor(db: DataSource) {
    this.incidentsByAccord = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          IncidentEntity,
          'WHERE t.accord_id = ANY($1::uuid[]) ORDER BY t.started_on, lower(t.name)',
          [ids],
        ),
        (i) => i.accordId,
      ),
    );
    this.assessmentsByIncident = new DataLoader(async (ids) =>
      groupByKeys(
        ids,
        await selectRows(
          db,
          IncidentAssessmentEntity,
          'WHERE t.incident_id = ANY($1::uuid[]) ORDER BY t.assessed_at, t.id',
          [ids],
        ),
        (a) => a.incidentId,
      ),
    );
    this.revisionsByAssessment = new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const rows = await readQuery<AssessmentRevisionRow>(
        db,
        `SELECT e.payload->>'assessmentId' AS "assessmentId", (e.payload->>'revision')::int AS revision,
                e.payload->>'verdict' AS verdict, e.payload->>'reasoning' AS reasoning,
                e.at AS "assessedAt", e.seq
         FROM accord_event e
         WHERE e.accord_id = ANY($1::uuid[]) AND e.type = 'incident.assessed'
           AND e.payload->>'assessmentId' = ANY($2::text[])
         ORDER BY e.seq`,
        [[...new Set(pairs.map(([accordId]) => accordId))], pairs.map(([, id]) => id)],
      );
      return groupByKeys(
        pairs.map(([, id]) => id),
        rows,
        (r) => r.assessmentId,
      );
    });
  }
}

@Injectable()
export class IncidentLoaderSource extends LoaderSource<IncidentLoaders> {
  constructor(private readonly db: DataSource) {
    super();
  }

  protected create(): IncidentLoaders {
    return new IncidentLoaders(this.db);
  }
}
