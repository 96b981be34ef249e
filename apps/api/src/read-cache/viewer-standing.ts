import { type DocumentNode, visit } from 'graphql';
import type { CallerStanding } from '../accord-log/accord-access.service.js';
import { ViewerStanding } from '../accord-log/viewer.loaders.js';

/**
 * Fields computed for the caller from his standing in the accord (ViewerStanding): an answer
 * that selects one is shared only between callers of the same standing.
 */
export const VIEWER_FIELDS: ReadonlySet<string> = new Set([
  'viewerIsFacilitator',
  'viewerCanAmend',
  'viewerVotingOrganizations',
  'viewerCanVote',
  'viewerBallots',
  'viewerCanOpenVoting',
  'viewerCanCloseVoting',
  'viewerCanWithdraw',
  'viewerCanRebase',
  'viewerCanInviteCoSponsor',
  'viewerCoSponsorInvitations',
  'viewerSupportOptions',
  'viewerAssessingOrganizations',
  'viewerCanRevise',
  'viewerSigningOrganizations',
  'viewerSignatoryOrganizations',
]);

/** The viewer fields that also depend on which amendments the caller wrote. */
const AUTHOR_FIELDS: ReadonlySet<string> = new Set([
  'viewerCanWithdraw',
  'viewerCanRebase',
  'viewerCanInviteCoSponsor',
]);

/** What a document's viewer fields depend on; null when it selects none. */
export interface ViewerDependence {
  /** Whether the amendments the caller wrote matter (withdraw, rebase, invite co-sponsors). */
  authored: boolean;
}

const dependences = new WeakMap<DocumentNode, ViewerDependence | null>();

/** Whether (and how) a document's answer depends on who asks; worked out once per document. */
export function viewerDependence(document: DocumentNode): ViewerDependence | null {
  let dependence = dependences.get(document);
  if (dependence !== undefined) return dependence;
  let viewer = false;
  let authored = false;
  visit(document, {
    Field(node) {
      if (!VIEWER_FIELDS.has(node.name.value)) return;
      viewer = true;
      if (AUTHOR_FIELDS.has(node.name.value)) authored = true;
    },
  });
  dependence = viewer ? { authored } : null;
  dependences.set(document, dependence);
  return dependence;
}

/**
 * The key of a caller's standing in the accords an answer reads: made of exactly what the viewer
 * fields are computed from (facilitator or not, whether he may propose, the organizations whose
 * ballot he may cast and those he represents, the amendments he wrote when that matters), so
 * delegates who stand alike share one answer, whoever they are.
 */
export function standingKey(standings: readonly ({ accordId: string } & CallerStanding)[]): string {
  const byAccord = new Map<string, string>();
  for (const { accordId, ...standing } of standings) {
    // The resolvers' own reading of the standing: the key cannot miss what a field uses.
    const viewer = new ViewerStanding('', standing);
    byAccord.set(
      accordId,
      [
        accordId,
        viewer.isFacilitator ? 'facilitator' : '-',
        viewer.amendingOrganizationIds.length > 0 ? 'amends' : '-',
        `votes:${[...viewer.votingOrganizationIds].sort().join(',')}`,
        `represents:${[...viewer.representedOrganizationIds].sort().join(',')}`,
        `wrote:${standing.authored?.join(',') ?? ''}`,
      ].join(' '),
    );
  }
  return [...byAccord.keys()]
    .sort()
    .map((id) => byAccord.get(id))
    .join('\n');
}
