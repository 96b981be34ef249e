import type { OrganizationIdentityFragment } from '../data/gql/graphql';
import './OrganizationLabel.css';

/** The host part of a website ("https://www.x.org/a" → "www.x.org"), for a short label. */
export function siteOf(website: string | null): string | null {
  if (!website) return null;
  return website.replace(/^https?:\/\//i, '').replace(/[/:].*$/, '') || null;
}

/** "Verified" or "Unverified", with what it means on hover and for screen readers. */
export function VerifiedMark({ verified }: { verified: boolean }) {
  return verified ? (
    <span
      className="verified verified--yes"
      title="Verified by a platform operator: name, stakeholder group, country and website were checked"
    >
      <span aria-hidden="true">✓ </span>Verified
    </span>
  ) : (
    <span
      className="verified verified--no"
      title="Not verified by a platform operator: it may observe, not take part as a party"
    >
      Unverified
    </span>
  );
}

/**
 * An organization as every list shows it: its name, the verified mark, its country, its website
 * and its handle, so that two organizations of the same name can never be confused.
 */
export function OrganizationLabel({
  organization,
  compact = false,
}: {
  organization: OrganizationIdentityFragment;
  compact?: boolean;
}) {
  const site = siteOf(organization.website);
  return (
    <span className="org-label">
      <span className="org-label__name">{organization.name}</span>{' '}
      <VerifiedMark verified={organization.verified} />
      <span className="org-label__meta">
        {organization.country ? ` · ${organization.country}` : ''}
        {!compact && site ? ` · ${site}` : ''} ·{' '}
        <span
          className="org-label__handle"
          title="Its handle: tells apart organizations of one name"
        >
          {organization.handle}
        </span>
      </span>
    </span>
  );
}
