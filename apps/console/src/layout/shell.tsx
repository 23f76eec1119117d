import { Link, useLocation } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useSession, useUser, type Role } from '../auth/session';
import { common } from '../i18n/common.messages';
import { useLanguage, useT } from '../i18n/i18n';
import { useTaskCount } from './tasks-count';
import { UnreadBell } from './unread-bell';
import { useLiveUnread, useUnreadCount } from './unread';

type CommonKey = keyof typeof common.zh;

type NavGroup = 'work' | 'cultivation' | 'supply' | 'administration';

interface NavItem {
  to: '/' | '/tasks' | '/matrix' | '/applications' | '/evaluation' | '/inbox' | '/targets' | '/batch-lists' | '/admin/users' | '/admin/organisations' | '/audit' | '/opportunities' | '/matchmaking-events' | '/calibration' | '/catalogue' | '/admin/releases' | '/operations/dead-letters' | '/consortia' | '/suppliers/mine' | '/suppliers' | '/factor-requests' | '/employment-risk';
  label: CommonKey;
  group: NavGroup;
  /** Shown to these roles only; absent: everybody. */
  roles?: Role[];
  /** Also shown to officers of these units (e.g. 市人力社保局 for the employment-risk dashboard). */
  units?: string[];
}

/** The navigation's sections, in order: an administrator sees 21 pages, too many for one row of links. */
export const NAV_GROUPS: ReadonlyArray<{ id: NavGroup; label: CommonKey }> = [
  { id: 'work', label: 'navGroupWork' },
  { id: 'cultivation', label: 'navGroupCultivation' },
  { id: 'supply', label: 'navGroupSupply' },
  { id: 'administration', label: 'navGroupAdministration' },
];

export const NAV_ITEMS: NavItem[] = [
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

export const ROLE_LABEL: Record<Role, CommonKey> = {
  applicant: 'roleApplicant',
  officer: 'roleOfficer',
  coordinator: 'roleCoordinator',
  evaluator: 'roleEvaluator',
  leadership: 'roleLeadership',
  auditor: 'roleAuditor',
  admin: 'roleAdmin',
};

function isCurrent(to: string, path: string): boolean {
  return to === '/' ? path === '/' || path.startsWith('/scenarios') : path === to || path.startsWith(`${to}/`);
}

/** Header with the unread bell, language toggle and the user; the navigation in sections beside the page (under a menu button on a phone); the page in <main>. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useT(common);
  const user = useUser();
  const { signOut, hasRole } = useSession();
  const { language, setLanguage } = useLanguage();
  const path = useLocation({ select: (location) => location.pathname });
  const unread = useUnreadCount();
  useLiveUnread(user.id);
  const tasks = useTaskCount();
  const items = NAV_ITEMS.filter((item) => !item.roles || hasRole(...item.roles) || (hasRole('officer') && user.unit !== null && (item.units?.includes(user.unit) ?? false)));
  // On a phone the navigation and the account fold under a menu button, so the page keeps the screen.
  // Opened on one page, it folds again when the user goes to another.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === path;
  const switchLabel = language === 'zh' ? t('switchToEnglish') : t('switchToChinese');

  return (
    <div className={menuOpen ? 'shell menu-open' : 'shell'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-subtitle">{t('appSubtitle')}</span>
        </Link>
        <div className="user-area">
          <UnreadBell unread={unread} />
          {/* The accessible name starts with the visible text (WCAG 2.5.3), then says what the button is for. */}
          <button type="button" className="link" lang={language === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')} aria-label={`${switchLabel} (${t('language')})`}>
            {switchLabel}
          </button>
          <button type="button" className="menu-toggle" aria-expanded={menuOpen} aria-controls="shell-nav" onClick={() => setMenuOpenAt(menuOpen ? null : path)}>
            {t('menu')}
            {tasks?.total ? <span className="badge" aria-hidden="true">{tasks.total}</span> : null}
          </button>
          <span className="user" title={t('signedInAs', { name: user.name })}>
            {user.name}
            <span className="muted">
              {' · '}
              {user.roles.map((role) => t(ROLE_LABEL[role])).join(' / ')}
              {user.unit ? ` · ${user.unit}` : ''}
            </span>
          </span>
          <button type="button" className="link sign-out" onClick={signOut}>
            {t('signOut')}
          </button>
        </div>
      </header>
      <div className="shell-body">
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
        <div className="shell-page">
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="shell-footer muted small">{t('timesInBeijing')}</footer>
        </div>
      </div>
    </div>
  );
}
