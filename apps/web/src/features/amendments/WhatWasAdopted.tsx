import type { AmendmentQuery } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import './amendments.css';

type Amendment = NonNullable<AmendmentQuery['amendment']>;

/**
 * An adopted amendment: what it applied (the version it made) beside what was proposed, and the
 * difference when it was merged onto a newer version than the one it was written against.
 */
export function WhatWasAdopted({ amendment }: { amendment: Amendment }) {
  const applied = amendment.applied;
  if (amendment.status !== 'ADOPTED' || !applied || amendment.text === null) return null;
  const article = amendment.clause ? `article ${amendment.clause.number}` : 'the new article';
  const difference = amendment.appliedDifference;
  return (
    <section
      className="what-was-adopted card"
      aria-labelledby="what-was-adopted-title"
      data-testid="what-was-adopted"
    >
      <h3 id="what-was-adopted-title" className="section-title">
        What was adopted
      </h3>
      {!difference ? (
        <p>
          Applied as proposed: {article}, version {applied.version}.
        </p>
      ) : (
        <>
          <p className="notice notice--warn">
            It was merged onto version {applied.version - 1}, which changed {article} after this
            amendment was written against version {amendment.baseVersion}: the text applied differs
            from the text proposed.
          </p>
          <Comparison amendment={amendment} applied={applied} article={article} />
          <div data-testid="applied-difference">
            <p className="preview__label">From the proposal to the applied text:</p>
            <DiffView parts={difference} label="Difference between the proposed and applied text" />
          </div>
        </>
      )}
    </section>
  );
}

function Comparison({
  amendment,
  applied,
  article,
}: {
  amendment: Amendment;
  applied: NonNullable<Amendment['applied']>;
  article: string;
}) {
  return (
    <div className="side-by-side">
      <div>
        <p className="preview__label">Proposed</p>
        <p className="three-texts__text" data-testid="proposed-text">
          {amendment.text}
        </p>
      </div>
      <div>
        <p className="preview__label">
          Applied: {article}, version {applied.version} <ForceBadge force={applied.force} />
        </p>
        <p className="three-texts__text" data-testid="applied-text">
          {applied.text}
        </p>
      </div>
    </div>
  );
}
