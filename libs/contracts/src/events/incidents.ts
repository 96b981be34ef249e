// Payloads of incidents and their assessments, as stored in the log.
import type { StakeholderGroup } from '../enums.js';
import type { AssessmentVerdict, IncidentFacts } from '../incidents.js';

/** `incident.recorded`: a representative recorded an incident for his organization, facts whole. */
export interface IncidentRecordedPayload {
  incidentId: string;
  organizationId: string;
  organizationName: string;
  facts: IncidentFacts;
}

/** `incident.revised`: the facts as they now stand, whole; `revision` counts from 1 (recorded). */
export interface IncidentRevisedPayload {
  incidentId: string;
  revision: number;
  facts: IncidentFacts;
}

/**
 * `incident.assessed`: an organization's current assessment of an incident against one target,
 * exactly one of `clauseId` and `normId`. A revision is a new event with `previousVerdict`, so
 * the log keeps every assessment it replaced.
 */
export interface IncidentAssessedPayload {
  assessmentId: string;
  incidentId: string;
  clauseId: string | null;
  normId: string | null;
  organizationId: string;
  organizationName: string;
  group: StakeholderGroup;
  verdict: AssessmentVerdict;
  reasoning: string;
  /** 1 for the first assessment, then one more per revision. */
  revision: number;
  previousVerdict: AssessmentVerdict | null;
}
