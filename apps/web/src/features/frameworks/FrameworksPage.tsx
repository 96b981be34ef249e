import { useMutation, useQuery } from '@apollo/client/react';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { downloadFile } from '../../data/download';
import { friendlyError } from '../../data/errors';
import type { FrameworkFileFormat } from '../../data/gql/graphql';
import { ForceBadge } from '../../ui/Badges';
import { Empty, ErrorNotice, Loading } from '../../ui/Feedback';
import { Field, SelectField, TextAreaField } from '../../ui/Field';
import { FrameworksQuery, ImportFrameworkMutation } from './frameworks.graphql';
import './frameworks.css';

/**
 * The norm frameworks on the platform, with their norms; each can be downloaded as JSON or CSV.
 * Operators and facilitators import new ones (README, "Norm frameworks", for the formats).
 */
export function FrameworksPage() {
  const { data, error } = useQuery(FrameworksQuery);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading label="Loading the norm frameworks…" />;
  const download = (id: string, file: 'export.json' | 'export.csv') => {
    setDownloadError(null);
    downloadFile(
      `/frameworks/${encodeURIComponent(id)}/${file}`,
      `framework.${file.slice(7)}`,
    ).catch((e: unknown) => setDownloadError(friendlyError(e)));
  };
  return (
    <div className="page">
      <h1>Norm frameworks</h1>
      <p className="muted">
        Sets of norms that articles cite and accords are compared with: reports, proposed
        conventions, industry pledges. Each norm keeps the force its authors gave it.
      </p>
      {downloadError && (
        <p role="alert" className="notice notice--error">
          {downloadError}
        </p>
      )}
      {data.frameworks.length === 0 && <Empty title="No norm framework yet" />}
      <ul className="framework-list">
        {data.frameworks.map((f) => (
          <li key={f.id} className="card" aria-labelledby={`fw-${f.id}`}>
            <h2 id={`fw-${f.id}`} className="page-subtitle">
              {f.shortName}
            </h2>
            <p>
              {f.title}
              <span className="meta">
                {' '}
                · {f.publisher ? `${f.publisher}, ` : ''}
                {f.publishedOn ?? f.year} · {f.norms.length} norms
              </span>
            </p>
            {f.description && <p className="muted">{f.description}</p>}
            <div className="framework-card__actions">
              {f.sourceUrl && (
                <a href={f.sourceUrl} target="_blank" rel="noreferrer">
                  Source
                </a>
              )}
              <button
                type="button"
                className="button button--small"
                onClick={() => download(f.id, 'export.json')}
              >
                Download JSON<span className="visually-hidden"> of {f.shortName}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                onClick={() => download(f.id, 'export.csv')}
              >
                Download CSV<span className="visually-hidden"> of {f.shortName}</span>
              </button>
            </div>
            <details>
              <summary>The norms</summary>
              <ol className="framework-card__norms">
                {f.norms.map((n) => (
                  <li key={n.id}>
                    <strong>{n.key}</strong> {n.title} <ForceBadge force={n.force} />
                    <p>{n.text}</p>
                    {n.correspondsTo.length > 0 && (
                      <p className="meta">
                        Corresponds to{' '}
                        {n.correspondsTo.map((c) => `${c.framework.shortName} ${c.key}`).join(', ')}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ul>
      {data.mayEditFrameworks && <ImportFrameworkForm />}
    </div>
  );
}

function ImportFrameworkForm() {
  const [content, setContent] = useState('');
  const [format, setFormat] = useState<FrameworkFileFormat>('JSON');
  const [done, setDone] = useState<string | null>(null);
  const [importFramework, { loading, error }] = useMutation(ImportFrameworkMutation, {
    refetchQueries: [{ query: FrameworksQuery }],
  });
  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    if (file.name.toLowerCase().endsWith('.csv')) setFormat('CSV');
    if (file.name.toLowerCase().endsWith('.json')) setFormat('JSON');
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const result = await importFramework({ variables: { content, format } }).catch(() => null);
    if (result?.data) {
      setDone(`Imported ${result.data.importFramework.shortName}.`);
      setContent('');
    }
  }
  return (
    <form className="framework-import card" onSubmit={(e) => void submit(e)}>
      <h2 className="page-subtitle">Import a framework</h2>
      <p className="muted">
        A JSON or CSV file in the documented format (one row per norm in CSV). Choose a file or
        paste its content.
      </p>
      <Field id="framework-file" label="File" hint="Its content fills the box below.">
        {(aria) => (
          <input
            {...aria}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            onChange={(e) => void readFile(e)}
          />
        )}
      </Field>
      <SelectField
        id="framework-format"
        label="Format"
        value={format}
        onChange={(e) => setFormat(e.target.value as FrameworkFileFormat)}
      >
        <option value="JSON">JSON</option>
        <option value="CSV">CSV</option>
      </SelectField>
      <TextAreaField
        id="framework-content"
        label="Content"
        rows={8}
        required
        value={content}
        onChange={(e) => setContent(e.target.value)}
      />
      {error && (
        <p role="alert" className="notice notice--error">
          {friendlyError(error)}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit" className="button" disabled={loading || content.trim() === ''}>
        Import
      </button>
    </form>
  );
}
