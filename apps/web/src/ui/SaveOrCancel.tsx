/** A form's last row: its submit button, busy while saving, and Cancel. */
export function SaveOrCancel({
  label,
  saving,
  onCancel,
}: {
  label: string;
  saving: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : label}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
