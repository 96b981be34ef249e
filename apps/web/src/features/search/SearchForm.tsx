import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import './search.css';

/** Where a search is shown: across everything, or within one accord. */
export const searchPath = (query: string, accordId?: string) =>
  `${accordId ? `/accords/${accordId}/search` : '/search'}?q=${encodeURIComponent(query)}`;

/** A search box: a labelled form that opens the results page. */
export function SearchForm({
  accordId,
  label,
  initial = '',
  className,
}: {
  accordId?: string;
  label: string;
  initial?: string;
  className?: string;
}) {
  const id = useId();
  const navigate = useNavigate();
  const [query, setQuery] = useState(initial);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (query.trim()) void navigate(searchPath(query.trim(), accordId));
  }
  return (
    <form role="search" className={`search-form ${className ?? ''}`} onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="search-form__input"
        placeholder={label}
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <button type="submit" className="button button--small">
        Search
      </button>
    </form>
  );
}
