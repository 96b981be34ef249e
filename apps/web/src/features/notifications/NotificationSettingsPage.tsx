import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { EmailDelivery, NotificationKind } from '../../data/gql/graphql';
import { ErrorNotice, Loading } from '../../ui/Feedback';
import { SelectField } from '../../ui/Field';
import {
  NotificationSettingsQuery,
  UpdateNotificationSettingsMutation,
} from './notifications.graphql';
import { emailDeliveryLabels, notificationKindLabels } from './notification-words';
import './notifications.css';

const DELIVERIES: EmailDelivery[] = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'];

/** How each kind of notification reaches me by email; in the app they always show. */
export function NotificationSettingsPage() {
  const { data, error } = useQuery(NotificationSettingsQuery);
  const [save, saving] = useMutation(UpdateNotificationSettingsMutation);
  const [changes, setChanges] = useState<Partial<Record<NotificationKind, EmailDelivery>>>({});
  const [saved, setSaved] = useState(false);
  if (!data) return error ? <ErrorNotice error={error} /> : <Loading />;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const settings = Object.entries(changes).map(([kind, email]) => ({
      kind: kind as NotificationKind,
      email,
    }));
    void save({ variables: { settings } })
      .then(() => {
        setChanges({});
        setSaved(true);
      })
      .catch(() => undefined);
  };
  return (
    <div className="page notification-settings">
      <h1>Notification settings</h1>
      <p className="hint">
        Every notification shows under the bell. Choose which also come by email, at once or in one
        mail a day. Nothing is sent about what you did yourself.
      </p>
      <form onSubmit={submit}>
        {data.notificationSettings.map(({ kind, email }) => (
          <SelectField
            key={kind}
            id={`email-${kind}`}
            label={notificationKindLabels[kind]}
            value={changes[kind] ?? email}
            onChange={(event) => {
              setSaved(false);
              setChanges({ ...changes, [kind]: event.target.value as EmailDelivery });
            }}
          >
            {DELIVERIES.map((delivery) => (
              <option key={delivery} value={delivery}>
                {emailDeliveryLabels[delivery]}
              </option>
            ))}
          </SelectField>
        ))}
        {saving.error && <ErrorNotice error={saving.error} />}
        <div className="button-row">
          <button
            type="submit"
            className="button button--primary"
            disabled={saving.loading || Object.keys(changes).length === 0}
          >
            Save
          </button>
          <span role="status" className="hint">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
      </form>
    </div>
  );
}
