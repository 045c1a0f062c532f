import { lazy } from 'react';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { RequireSession } from '../features/auth/components/RequireSession';
import { SessionProvider } from '../features/auth/components/SessionProvider';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage';
import { I18nProvider } from '../shared/i18n';
import { ThemeProvider } from '../shared/theme/ThemeProvider';
import { Layout, PublicLayout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { OrganizationProvider } from './OrganizationProvider';

// The first load carries the dashboard's cards only: the drill-down (and with it ApexCharts' big charts), the forms
// (react-hook-form, zod) of signing in, setting a password and a new dashboard, and the share screen come as chunks.
const SignInPage = lazy(() => import('../features/auth/pages/SignInPage').then((m) => ({ default: m.SignInPage })));
const SetPasswordPage = lazy(() => import('../features/admin/pages/SetPasswordPage'));
const SharePage = lazy(() => import('../features/share/pages/SharePage'));
const NewDashboardPage = lazy(() => import('../features/dashboard/pages/NewDashboardPage').then((m) => ({ default: m.NewDashboardPage })));
const MetricPage = lazy(() => import('../features/metric/pages/MetricPage'));
const LeadPage = lazy(() => import('../features/revops/pages/LeadPage'));
const WorkflowRecordPage = lazy(() => import('../features/workflows/pages/WorkflowRecordPage'));
const AlertsPage = lazy(() => import('../features/alerts/pages/AlertsPage'));
const AttentionPage = lazy(() => import('../features/attention/pages/AttentionPage'));
const CatalogPage = lazy(() => import('../features/catalog/pages/CatalogPage'));
const GoalsPage = lazy(() => import('../features/goals/pages/GoalsPage'));
const InitiativesPage = lazy(() => import('../features/initiatives/pages/InitiativesPage'));
const ChannelsPage = lazy(() => import('../features/channels/pages/ChannelsPage'));
const SourcesPage = lazy(() => import('../features/sources/pages/SourcesPage'));
const ImportsPage = lazy(() => import('../features/imports/pages/ImportsPage'));
const AdminPage = lazy(() => import('../features/admin/pages/AdminPage'));
const ReviewsPage = lazy(() => import('../features/reviews/pages/ReviewsPage'));
const ReviewPage = lazy(() => import('../features/reviews/pages/ReviewPage'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="set-password/:token" element={<SetPasswordPage />} />
        <Route path="share/:token" element={<SharePage />} />
      </Route>
      <Route
        element={
          <RequireSession>
            <OrganizationProvider>
              <Layout />
            </OrganizationProvider>
          </RequireSession>
        }
      >
        <Route index element={<DashboardPage />} />
        <Route path="dashboards/new" element={<NewDashboardPage />} />
        <Route path="dashboards/:slug" element={<DashboardPage />} />
        <Route path="metrics/:key" element={<MetricPage />} />
        <Route path="leads/:id" element={<LeadPage />} />
        <Route path="workflows/:id" element={<WorkflowRecordPage />} />
        <Route path="alerts" element={<AlertsPage />} />
        <Route path="attention" element={<AttentionPage />} />
        <Route path="catalog" element={<CatalogPage />} />
        <Route path="goals" element={<GoalsPage />} />
        <Route path="initiatives" element={<InitiativesPage />} />
        <Route path="reviews" element={<ReviewsPage />} />
        <Route path="reviews/:id" element={<ReviewPage />} />
        <Route path="channels" element={<ChannelsPage />} />
        <Route path="sources" element={<SourcesPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="admin/*" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <I18nProvider>
        <ThemeProvider>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ThemeProvider>
      </I18nProvider>
    </ApolloProvider>
  );
}
