import { Link } from '@tanstack/react-router';
import type { Role } from '../auth/session';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';

type CommonKey = keyof typeof common.zh;

type NavGroup = 'work' | 'cultivation' | 'supply' | 'administration';

export interface NavItem {
  to: '/' | '/tasks' | '/matrix' | '/applications' | '/evaluation' | '/inbox' | '/targets' | '/batch-lists' | '/admin/users' | '/admin/organisations' | '/audit' | '/opportunities' | '/matchmaking-events' | '/calibration' | '/catalogue' | '/admin/releases' | '/operations/dead-letters' | '/consortia' | '/suppliers/mine' | '/suppliers' | '/factor-requests' | '/employment-risk';
  label: CommonKey;
  group: NavGroup;
  /** Shown to these roles only; absent: everybody. */
  roles?: Role[];
  /** Also shown to officers of these units (e.g. 市人力社保局 for the employment-risk dashboard). */
  units?: string[];
}

/** The navigation's sections, in order: an administrator sees 21 pages, too many for one row of links. */
const NAV_GROUPS: ReadonlyArray<{ id: NavGroup; label: CommonKey }> = [
  { id: 'work', label: 'navGroupWork' },
  { id: 'cultivation', label: 'navGroupCultivation' },
  { id: 'supply', label: 'navGroupSupply' },
  { id: 'administration', label: 'navGroupAdministration' },
];

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'navBoard', group: 'work' },
  { to: '/tasks', label: 'navTasks', group: 'work' },
  { to: '/inbox', label: 'navInbox', group: 'work' },
  { to: '/matrix', label: 'navMatrix', group: 'work' },
  { to: '/targets', label: 'navTargets', group: 'work' },
  { to: '/batch-lists', label: 'navBatchLists', group: 'cultivation' },
  { to: '/evaluation', label: 'navEvaluation', group: 'cultivation', roles: ['evaluator', 'coordinator', 'admin'] },
  { to: '/calibration', label: 'navCalibration', group: 'cultivation', roles: ['coordinator', 'admin', 'leadership', 'auditor'] },
  { to: '/catalogue', label: 'navCatalogue', group: 'supply' },
  { to: '/opportunities', label: 'navOpportunities', group: 'supply' },
  { to: '/matchmaking-events', label: 'navMatchmaking', group: 'supply' },
  { to: '/applications', label: 'navApplications', group: 'supply', roles: ['applicant', 'officer', 'coordinator', 'admin'] },
  { to: '/consortia', label: 'navConsortia', group: 'supply', roles: ['applicant', 'coordinator', 'admin', 'leadership', 'auditor'] },
  { to: '/suppliers/mine', label: 'navSupplierProfile', group: 'supply', roles: ['applicant'] },
  { to: '/suppliers', label: 'navSuppliers', group: 'supply', roles: ['officer', 'coordinator', 'admin'] },
  { to: '/factor-requests', label: 'navFactorRequests', group: 'supply', roles: ['officer', 'coordinator', 'admin'] },
  { to: '/employment-risk', label: 'navEmploymentRisk', group: 'supply', roles: ['coordinator', 'admin'], units: ['市人力社保局'] },
  { to: '/admin/users', label: 'navUsers', group: 'administration', roles: ['admin'] },
  { to: '/admin/organisations', label: 'navOrganisations', group: 'administration', roles: ['admin', 'coordinator'] },
  { to: '/audit', label: 'navAudit', group: 'administration', roles: ['auditor', 'admin'] },
  { to: '/admin/releases', label: 'navReleases', group: 'administration', roles: ['admin'] },
  { to: '/operations/dead-letters', label: 'navDeadLetters', group: 'administration', roles: ['admin'] },
];

/** The pages a user may open: each item's roles, or (for a unit's own dashboard) an officer of one of its units. */
export function navItemsFor(unit: string | null, hasRole: (...roles: Role[]) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || hasRole(...item.roles) || (hasRole('officer') && unit !== null && (item.units?.includes(unit) ?? false)));
}

/** Whether the path is one of the navigation's pages that the user's items leave out (a page for other roles, typed in). */
export function isClosedPage(path: string, items: readonly NavItem[]): boolean {
  return NAV_ITEMS.some((item) => item.to === path) && !items.some((item) => item.to === path);
}

function isCurrent(to: string, path: string): boolean {
  return to === '/' ? path === '/' || path.startsWith('/scenarios') : path === to || path.startsWith(`${to}/`);
}

/** The main navigation: the user's pages in their sections, the current one marked, with the inbox's and the tasks' counts. */
export function MainNav({ items, path, unread, tasks }: { items: NavItem[]; path: string; unread: number | null; tasks: { total: number; overdue: number } | null }) {
  const t = useT(common);
  return (
    <nav id="shell-nav" aria-label={t('mainNavigation')} className="nav">
      {NAV_GROUPS.map((group) => {
        const links = items.filter((item) => item.group === group.id);
        if (links.length === 0) return null;
        return (
          <div key={group.id} className="nav-group">
            <p className="nav-group-label" id={`nav-group-${group.id}`}>
              {t(group.label)}
            </p>
            <ul aria-labelledby={`nav-group-${group.id}`}>
              {links.map((item) => (
                <li key={item.to}>
                  <Link to={item.to} aria-current={isCurrent(item.to, path) ? 'page' : undefined}>
                    {t(item.label)}
                    {item.to === '/inbox' && unread ? (
                      <span className="badge" aria-label={t('unreadCount', { count: unread })} data-testid="unread-badge">
                        {unread}
                      </span>
                    ) : null}
                    {item.to === '/tasks' && tasks?.total ? (
                      <span
                        className="badge"
                        aria-label={tasks.overdue ? t('taskCountOverdue', { count: tasks.total, overdue: tasks.overdue }) : t('taskCount', { count: tasks.total })}
                        data-testid="tasks-badge"
                      >
                        {tasks.total}
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
