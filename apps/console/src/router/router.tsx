import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import { NotFound } from '../layout/not-found';
import { RootLayout } from '../layout/root-layout';
import { RouteError } from '../layout/route-error';
import { SsoPage } from '../pages/login/sso.page';
import { Loading } from '../ui/status';
import { parseSearch, stringifySearch, stringSearch } from './search';

/**
 * The console's routes. The root route is the shell (and the sign-in gate); every page is its own lazily loaded
 * chunk (the first load carries the shell and the page asked for) with an error component that offers a reload
 * when the chunk cannot be fetched (after a redeploy) or the page fails to render. Pages read their params and
 * search through `getRouteApi('<path>')`, typed by this tree.
 */
const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFound, errorComponent: RouteError });

const child = { getParentRoute: () => rootRoute, errorComponent: RouteError } as const;

const routeTree = rootRoute.addChildren([
  createRoute({ ...child, path: '/sso', component: SsoPage }),
  createRoute({
    ...child,
    path: '/',
    validateSearch: stringSearch('aspect', 'domain', 'unit', 'district', 'tier', 'joint', 'procurementMethod', 'firstSet', 'q', 'sort', 'mine', 'action'),
    component: lazyRouteComponent(() => import('../pages/board/board.page'), 'BoardPage'),
  }),
  createRoute({ ...child, path: '/matrix', component: lazyRouteComponent(() => import('../pages/matrix/matrix.page'), 'MatrixPage') }),
  createRoute({ ...child, path: '/scenarios/new', component: lazyRouteComponent(() => import('../pages/register/register-scenario.page'), 'RegisterScenarioPage') }),
  createRoute({ ...child, path: '/scenarios/import', component: lazyRouteComponent(() => import('../pages/import/import.page'), 'ImportPage') }),
  createRoute({ ...child, path: '/scenarios/$id', component: lazyRouteComponent(() => import('../pages/scenario/scenario.page'), 'ScenarioPage') }),
  createRoute({ ...child, path: '/scenarios/$id/edit', component: lazyRouteComponent(() => import('../pages/register/edit-scenario.page'), 'EditScenarioPage') }),
  createRoute({ ...child, path: '/applications', component: lazyRouteComponent(() => import('../pages/applications/applications.page'), 'ApplicationsPage') }),
  createRoute({
    ...child,
    path: '/applications/$id',
    validateSearch: stringSearch('created'),
    component: lazyRouteComponent(() => import('../pages/applications/application.page'), 'ApplicationPage'),
  }),
  createRoute({
    ...child,
    path: '/evaluation',
    validateSearch: stringSearch('stage', 'purpose', 'after'),
    component: lazyRouteComponent(() => import('../pages/evaluation/evaluation.page'), 'EvaluationPage'),
  }),
  createRoute({ ...child, path: '/evaluation/$id', component: lazyRouteComponent(() => import('../pages/evaluation/assessment.page'), 'AssessmentPage') }),
  createRoute({ ...child, path: '/inbox', validateSearch: stringSearch('scope', 'status'), component: lazyRouteComponent(() => import('../pages/inbox/inbox.page'), 'InboxPage') }),
  createRoute({ ...child, path: '/tasks', validateSearch: stringSearch('kind', 'overdue'), component: lazyRouteComponent(() => import('../pages/tasks/tasks.page'), 'TasksPage') }),
  createRoute({ ...child, path: '/targets', validateSearch: stringSearch('year', 'metric'), component: lazyRouteComponent(() => import('../pages/targets/targets.page'), 'TargetsPage') }),
  createRoute({
    ...child,
    path: '/batch-lists',
    validateSearch: stringSearch('year', 'status'),
    component: lazyRouteComponent(() => import('../pages/batch-lists/batch-lists.page'), 'BatchListsPage'),
  }),
  createRoute({ ...child, path: '/batch-lists/$id', component: lazyRouteComponent(() => import('../pages/batch-lists/batch-list.page'), 'BatchListPage') }),
  createRoute({
    ...child,
    path: '/admin/users',
    validateSearch: stringSearch('q', 'role', 'status'),
    component: lazyRouteComponent(() => import('../pages/admin/users.page'), 'UsersPage'),
  }),
  createRoute({ ...child, path: '/admin/users/new', component: lazyRouteComponent(() => import('../pages/admin/new-user.page'), 'NewUserPage') }),
  createRoute({ ...child, path: '/admin/users/$id', component: lazyRouteComponent(() => import('../pages/admin/user.page'), 'UserPage') }),
  createRoute({
    ...child,
    path: '/admin/organisations',
    validateSearch: stringSearch('q', 'kind'),
    component: lazyRouteComponent(() => import('../pages/admin/organisations.page'), 'OrganisationsPage'),
  }),
  createRoute({
    ...child,
    path: '/audit',
    validateSearch: stringSearch('actor', 'unit', 'operation', 'target', 'role', 'method', 'result', 'from', 'to'),
    component: lazyRouteComponent(() => import('../pages/audit/audit.page'), 'AuditPage'),
  }),
  createRoute({
    ...child,
    path: '/opportunities',
    validateSearch: stringSearch('status', 'q', 'scenario', 'open'),
    component: lazyRouteComponent(() => import('../pages/opportunities/opportunities.page'), 'OpportunitiesPage'),
  }),
  createRoute({ ...child, path: '/opportunities/$id', component: lazyRouteComponent(() => import('../pages/opportunities/opportunity.page'), 'OpportunityPage') }),
  createRoute({ ...child, path: '/demand-lists', validateSearch: stringSearch('q', 'year'), component: lazyRouteComponent(() => import('../pages/demand-lists/demand-lists.page'), 'DemandListsPage') }),
  createRoute({ ...child, path: '/demand-lists/$id', component: lazyRouteComponent(() => import('../pages/demand-lists/demand-list.page'), 'DemandListPage') }),
  createRoute({ ...child, path: '/matchmaking-events', validateSearch: stringSearch('year', 'kind'), component: lazyRouteComponent(() => import('../pages/matchmaking/events.page'), 'EventsPage') }),
  createRoute({ ...child, path: '/matchmaking-events/$id', component: lazyRouteComponent(() => import('../pages/matchmaking/event.page'), 'EventPage') }),
  createRoute({ ...child, path: '/calibration', validateSearch: stringSearch('purpose', 'min'), component: lazyRouteComponent(() => import('../pages/calibration/calibration.page'), 'CalibrationPage') }),
  createRoute({ ...child, path: '/catalogue', validateSearch: stringSearch('q', 'open'), component: lazyRouteComponent(() => import('../pages/catalogue/catalogue.page'), 'CataloguePage') }),
  createRoute({
    ...child,
    path: '/applications/new',
    validateSearch: stringSearch('scenario', 'opportunity'),
    component: lazyRouteComponent(() => import('../pages/applications/new-application.page'), 'NewApplicationPage'),
  }),
  createRoute({ ...child, path: '/inbox/preferences', component: lazyRouteComponent(() => import('../pages/inbox/preferences.page'), 'PreferencesPage') }),
  createRoute({ ...child, path: '/admin/releases', component: lazyRouteComponent(() => import('../pages/releases/releases.page'), 'ReleasesPage') }),
  createRoute({
    ...child,
    path: '/operations/dead-letters',
    validateSearch: stringSearch('status', 'service', 'topic', 'type', 'page'),
    component: lazyRouteComponent(() => import('../pages/operations/dead-letters.page'), 'DeadLettersPage'),
  }),
  createRoute({ ...child, path: '/operations/dead-letters/$id', component: lazyRouteComponent(() => import('../pages/operations/dead-letter.page'), 'DeadLetterPage') }),
  createRoute({ ...child, path: '/consortia', validateSearch: stringSearch('q'), component: lazyRouteComponent(() => import('../pages/consortia/consortia.page'), 'ConsortiaPage') }),
  createRoute({ ...child, path: '/suppliers/mine', component: lazyRouteComponent(() => import('../pages/suppliers/supplier-profile.page'), 'SupplierProfilePage') }),
  createRoute({ ...child, path: '/suppliers/$id/opportunities', component: lazyRouteComponent(() => import('../pages/suppliers/supplier-opportunities.page'), 'SupplierOpportunitiesPage') }),
  createRoute({ ...child, path: '/suppliers', component: lazyRouteComponent(() => import('../pages/suppliers/suppliers.page'), 'SuppliersPage') }),
  createRoute({ ...child, path: '/factor-requests', validateSearch: stringSearch('as', 'status', 'request'), component: lazyRouteComponent(() => import('../pages/factor-requests/factor-requests.page'), 'FactorRequestsPage') }),
  createRoute({ ...child, path: '/employment-risk', validateSearch: stringSearch('period'), component: lazyRouteComponent(() => import('../pages/employment-risk/employment-risk.page'), 'EmploymentRiskPage') }),
]);

export const router = createRouter({
  routeTree,
  parseSearch,
  stringifySearch,
  // A page opened for another scenario (another id) starts afresh, as a new page would.
  defaultRemountDeps: ({ params }) => params,
  defaultPendingComponent: Loading,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
