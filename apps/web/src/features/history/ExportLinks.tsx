import { useState } from 'react';
import { friendlyError } from '../../data/errors';
import { downloadExport, type ExportFile } from './download-export';

const EXPORTS: { file: ExportFile; label: string }[] = [
  { file: 'export.md', label: 'Markdown' },
  { file: 'export.json', label: 'JSON with event log' },
  { file: 'export.akn.xml', label: 'Akoma Ntoso XML' },
];

/** Buttons that download the accord as Markdown, JSON (with its log) or Akoma Ntoso. */
export function ExportLinks({ accordId }: { accordId: string }) {
  const [busy, setBusy] = useState<ExportFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(file: ExportFile) {
    setBusy(file);
    setFailure(null);
    try {
      await downloadExport(accordId, file);
    } catch (error) {
      setFailure(friendlyError(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="history__block" aria-labelledby="exports-title">
      <h2 id="exports-title" className="page-subtitle">
        Downloads
      </h2>
      <div className="actions">
        {EXPORTS.map((e) => (
          <button
            key={e.file}
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void download(e.file)}
          >
            {busy === e.file ? 'Preparing…' : e.label}
          </button>
        ))}
      </div>
      {failure && (
        <div className="notice notice--error" role="alert">
          <p>{failure}</p>
        </div>
      )}
    </section>
  );
}
