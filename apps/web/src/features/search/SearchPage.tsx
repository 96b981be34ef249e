import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { hitLink, hitTitle, type SearchHit } from './search-hits';
import { SearchForm } from './SearchForm';
import { SearchQuery } from './search.graphql';

/**
 * Search results, best first: everywhere the user may read, or (under an accord's route) in
 * that accord. The query is in the address (`?q=`), so a search can be shared and reloaded.
 */
export function SearchPage() {
  const { accordId } = useParams();
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  const { data, error, loading, fetchMore, refetch } = useQuery(SearchQuery, {
    variables: { query, accordId: accordId ?? null },
    skip: !query,
  });
  const results = data?.search;
  return (
    <div className={accordId ? 'search-page' : 'page search-page'}>
      {accordId ? <h2 className="page-subtitle">Search this accord</h2> : <h1>Search</h1>}
      <SearchForm
        key={query}
        accordId={accordId}
        initial={query}
        label={accordId ? 'Search in this accord for' : 'Search for'}
        className="search-form--page"
      />
      <p className="hint">
        Use “quotes” for a phrase, a minus to leave a word out (<code>-draft</code>), and{' '}
        <code>or</code> for either word.
      </p>
      {error && <ErrorNotice error={error} retry={() => void refetch()} />}
      {loading && !results && <Loading label="Searching…" />}
      {results &&
        (results.hits.length === 0 ? (
          <Empty title="Nothing found">
            No clause, amendment, comment or organization you can read matches “{query}”.
          </Empty>
        ) : (
          <>
            <ol className="search-results" aria-label={`Results for ${query}`}>
              {results.hits.map((hit) => (
                <SearchResult key={`${hit.kind}-${hitKey(hit)}`} hit={hit} inAccord={!!accordId} />
              ))}
            </ol>
            {results.hasMore && (
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { after: results.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      search: {
                        ...fetchMoreResult.search,
                        hits: [...previous.search.hits, ...fetchMoreResult.search.hits],
                      },
                    }),
                  })
                }
              >
                More results
              </button>
            )}
          </>
        ))}
    </div>
  );
}

const hitKey = (hit: SearchHit) =>
  hit.comment?.id ?? hit.organization?.id ?? hit.amendment?.id ?? hit.clause?.id ?? '';

function SearchResult({ hit, inAccord }: { hit: SearchHit; inAccord: boolean }) {
  const link = hitLink(hit);
  const title = hitTitle(hit);
  return (
    <li className="search-result" data-testid="search-result">
      <p className="search-result__title">
        {link ? <Link to={link}>{title}</Link> : <span>{title}</span>}
        {hit.accord && !inAccord && <span className="muted"> · {hit.accord.title}</span>}
      </p>
      <p className="search-result__snippet">
        {hit.snippet.map((part, index) =>
          part.highlighted ? <mark key={index}>{part.text}</mark> : part.text,
        )}
      </p>
    </li>
  );
}
