import type { AmendmentQuery } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { DiffView } from '../../ui/DiffView';
import './amendments.css';

type Amendment = NonNullable<AmendmentQuery['amendment']>;

/**
 * The base moved: the clause has a newer version than the one the amendment was written against,
 * and its change still merges. What would apply if it were adopted now — the text the vote is
 * about — against the current text.
 */
export function AsItWouldApply({ amendment }: { amendment: Amendment }) {
  const projected = amendment.asItWouldApply;
  const current = amendment.clause?.current;
  if (!amendment.baseMoved || !projected || !current) return null;
  const article = amendment.clause ? `Article ${amendment.clause.number}` : 'The article';
  return (
    <section
      className="as-it-would-apply card"
      aria-labelledby="as-it-would-apply-title"
      data-testid="as-it-would-apply"
    >
      <h3 id="as-it-would-apply-title" className="section-title">
        As it would now apply to version {projected.ontoVersion}
      </h3>
      <p className="notice notice--warn" data-testid="base-moved">
        The base moved: {article.toLowerCase()} changed since this amendment was written against
        version {amendment.baseVersion}; it is now at version {projected.ontoVersion}. The change
        still merges cleanly.{' '}
        {amendment.status === 'VOTING'
          ? 'The vote is on this text: if adopted, it is what applies.'
          : 'If adopted, this is the text that applies.'}
      </p>
      <DiffView parts={projected.changes} label="Changes to the current text" />
      {projected.force !== current.force && (
        <p className="meta">
          Normative force: <ForceBadge force={current.force} /> →{' '}
          <ForceBadge force={projected.force} />
        </p>
      )}
      {projected.heading !== current.heading && (
        <p className="meta">
          Heading: <del className="diff__del">{current.heading ?? '(none)'}</del>{' '}
          <ins className="diff__ins">{projected.heading ?? '(none)'}</ins>
        </p>
      )}
      <div className="clean-text">
        <p className="preview__label">
          {article} as it would read <ForceBadge force={projected.force} />
        </p>
        <p className="clean-text__body" data-testid="text-as-it-would-apply">
          {projected.text}
        </p>
      </div>
    </section>
  );
}
