import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface RouteDefinition {
  pattern: string;
  page: LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
}

// Each page is its own chunk: the first load carries the shell and the page asked for, not the whole console.
const page = <K extends string>(load: () => Promise<Record<K, ComponentType<{ params: Record<string, string> }>>>, name: K) => lazy(() => load().then((module) => ({ default: module[name] })));

export const ROUTES: RouteDefinition[] = [
  { pattern: '/', page: page(() => import('./pages/board/board.page'), 'BoardPage') },
  { pattern: '/matrix', page: page(() => import('./pages/matrix/matrix.page'), 'MatrixPage') },
  // Before `/scenarios/:id`: the first pattern that matches wins.
  { pattern: '/scenarios/new', page: page(() => import('./pages/register/register-scenario.page'), 'RegisterScenarioPage') },
  { pattern: '/scenarios/:id', page: page(() => import('./pages/scenario/scenario.page'), 'ScenarioPage') },
  { pattern: '/applications', page: page(() => import('./pages/applications/applications.page'), 'ApplicationsPage') },
  { pattern: '/applications/:id', page: page(() => import('./pages/applications/application.page'), 'ApplicationPage') },
  { pattern: '/evaluation', page: page(() => import('./pages/evaluation/evaluation.page'), 'EvaluationPage') },
  { pattern: '/evaluation/:id', page: page(() => import('./pages/evaluation/assessment.page'), 'AssessmentPage') },
  { pattern: '/inbox', page: page(() => import('./pages/inbox/inbox.page'), 'InboxPage') },
  { pattern: '/targets', page: page(() => import('./pages/targets/targets.page'), 'TargetsPage') },
  { pattern: '/batch-lists', page: page(() => import('./pages/batch-lists/batch-lists.page'), 'BatchListsPage') },
  { pattern: '/batch-lists/:id', page: page(() => import('./pages/batch-lists/batch-list.page'), 'BatchListPage') },
  { pattern: '/admin/users', page: page(() => import('./pages/admin/users.page'), 'UsersPage') },
  // Before `/admin/users/:id`, as `/scenarios/new` above.
  { pattern: '/admin/users/new', page: page(() => import('./pages/admin/new-user.page'), 'NewUserPage') },
  { pattern: '/admin/users/:id', page: page(() => import('./pages/admin/user.page'), 'UserPage') },
  { pattern: '/admin/organisations', page: page(() => import('./pages/admin/organisations.page'), 'OrganisationsPage') },
  { pattern: '/audit', page: page(() => import('./pages/audit/audit.page'), 'AuditPage') },
];
