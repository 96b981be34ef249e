import { Navigate, Route, Routes, useLocation } from 'react-router';
import { AccordLayout } from '../features/accords/AccordLayout';
import { AccordListPage } from '../features/accords/AccordListPage';
import { AccordPage } from '../features/accords/AccordPage';
import { AmendmentPage } from '../features/amendments/AmendmentPage';
import { ProposeAmendmentPage } from '../features/amendments/ProposeAmendmentPage';
import { SignInPage, SignUpPage } from '../features/auth/AuthPages';
import { DeskPage } from '../features/desk/DeskPage';
import { ComparisonPage } from '../features/frameworks/ComparisonPage';
import { FrameworksPage } from '../features/frameworks/FrameworksPage';
import { HistoryPage } from '../features/history/HistoryPage';
import { IncidentPage } from '../features/incidents/IncidentPage';
import { IncidentsPage } from '../features/incidents/IncidentsPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { PrintPage } from '../features/print/PrintPage';
import { OperatorPage } from '../features/operator/OperatorPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { SearchPage } from '../features/search/SearchPage';
import { PublicAccordPage } from '../features/signatories/PublicAccordPage';
import { SignatoriesPage } from '../features/signatories/SignatoriesPage';
import { Loading } from '../ui/Feedback';
import { useSession } from './session-context';
import { Shell } from './Shell';

export function App() {
  const { me } = useSession();
  const location = useLocation();
  // A public page is the same for everyone, signed in or not: it waits for no session.
  if (location.pathname.startsWith('/public/'))
    return (
      <Routes>
        <Route path="/public/accords/:slug" element={<PublicAccordPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    );
  if (me === undefined)
    return (
      <Shell>
        <Loading label="Opening your session…" />
      </Shell>
    );
  if (me === null) {
    return (
      <Shell>
        <Routes>
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/signin" element={<SignInPage />} />
          <Route
            path="*"
            element={
              <Navigate
                to="/signin"
                replace
                state={{ from: location.pathname + location.search }}
              />
            }
          />
        </Routes>
      </Shell>
    );
  }
  return (
    <Shell>
      <Routes>
        <Route path="/" element={<AccordListPage />} />
        <Route path="/desk" element={<DeskPage />} />
        <Route path="/organizations" element={<OrganizationsPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/frameworks" element={<FrameworksPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/settings/notifications" element={<NotificationSettingsPage />} />
        {me.isOperator && <Route path="/operator" element={<OperatorPage />} />}
        <Route path="/accords/:accordId" element={<AccordLayout />}>
          <Route index element={<AccordPage />} />
          <Route path="propose" element={<ProposeAmendmentPage />} />
          <Route path="amendments/:amendmentId" element={<AmendmentPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="incidents" element={<IncidentsPage />} />
          <Route path="incidents/:incidentId" element={<IncidentPage />} />
          <Route path="compare" element={<ComparisonPage />} />
          <Route path="print" element={<PrintPage />} />
          <Route path="signatories" element={<SignatoriesPage />} />
          <Route path="search" element={<SearchPage />} />
        </Route>
        <Route path="/signin" element={<Navigate to="/desk" replace />} />
        <Route path="/signup" element={<Navigate to="/desk" replace />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Shell>
  );
}

function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        <a href="/">Back to your accords</a>
      </p>
    </div>
  );
}
