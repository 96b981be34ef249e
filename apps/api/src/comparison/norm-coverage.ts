// How an accord's text covers the norms of frameworks: plain TypeScript, no framework in it.
import { NormativeForce, NormCoverage } from '@plenary/contracts';

/** A clause of the accord as it stands, with the norms it cites. */
export interface CitingClause {
  clauseId: string;
  number: string;
  heading: string | null;
  force: NormativeForce;
  citations: { normId: string; source: string | null }[];
}

export interface ComparedNorm {
  id: string;
  force: NormativeForce;
}

export interface NormCoverageRow<N extends ComparedNorm> {
  norm: N;
  coverage: NormCoverage;
  /** The clauses that cite the norm, in the order of the text, with the source that links it. */
  clauses: (Omit<CitingClause, 'citations'> & { source: string | null })[];
}

/**
 * The coverage of a norm of force `norm` by clauses of forces `clauses`: the accord is as strong
 * as its strongest citing clause (a binding article binds, whatever a voluntary one adds).
 */
export function coverageOf(norm: NormativeForce, clauses: NormativeForce[]): NormCoverage {
  if (clauses.length === 0) return NormCoverage.SILENT;
  const accord = clauses.includes(NormativeForce.BINDING)
    ? NormativeForce.BINDING
    : NormativeForce.VOLUNTARY;
  if (accord === norm) return NormCoverage.EQUIVALENT;
  return accord === NormativeForce.BINDING ? NormCoverage.STRONGER : NormCoverage.WEAKER;
}

/** Each norm with the clauses (in text order) that cite it, and how they cover it. */
export function compareNorms<N extends ComparedNorm>(
  norms: N[],
  clauses: CitingClause[],
): NormCoverageRow<N>[] {
  const citing = new Map<string, NormCoverageRow<N>['clauses']>();
  for (const { citations, ...clause } of clauses) {
    for (const { normId, source } of citations) {
      const list = citing.get(normId) ?? [];
      list.push({ ...clause, source });
      citing.set(normId, list);
    }
  }
  return norms.map((norm) => {
    const covering = citing.get(norm.id) ?? [];
    return {
      norm,
      coverage: coverageOf(
        norm.force,
        covering.map((c) => c.force),
      ),
      clauses: covering,
    };
  });
}

/** How many norms fall under each coverage. */
export function coverageCounts(rows: { coverage: NormCoverage }[]): Record<NormCoverage, number> {
  const counts = {
    [NormCoverage.STRONGER]: 0,
    [NormCoverage.EQUIVALENT]: 0,
    [NormCoverage.WEAKER]: 0,
    [NormCoverage.SILENT]: 0,
  };
  for (const row of rows) counts[row.coverage]++;
  return counts;
}
