import { Link, useLocation } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useSession, useUser, type Role } from '../auth/session';
import { common } from '../i18n/common.messages';
import { useLanguage, useT } from '../i18n/i18n';
import { useTaskCount } from './tasks-count';
import { UnreadBell } from './unread-bell';
import { useLiveUnread, useUnreadCount } from './unread';

type CommonKey = keyof typeof common.zh;

interface NavItem {
  to: '/' | '/tasks' | '/matrix' | '/applications' | '/evaluation' | '/inbox' | '/targets' | '/batch-lists' | '/admin/users' | '/admin/organisations' | '/audit' | '/opportunities' | '/matchmaking-events' | '/calibration' | '/catalogue' | '/admin/releases' | '/operations/dead-letters' | '/consortia' | '/suppliers/mine' | '/suppliers' | '/factor-requests' | '/employment-risk';
  label: CommonKey;
  /** Shown to these roles only; absent: everybody. */
  roles?: Role[];
  /** Also shown to officers of these units (e.g. 市人力社保局 for the employment-risk dashboard). */
  units?: string[];
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'navBoard' },
  { to: '/tasks', label: 'navTasks' },
  { to: '/matrix', label: 'navMatrix' },
  { to: '/catalogue', label: 'navCatalogue' },
  { to: '/applications', label: 'navApplications', roles: ['applicant', 'officer', 'coordinator', 'admin'] },
  { to: '/opportunities', label: 'navOpportunities' },
  { to: '/matchmaking-events', label: 'navMatchmaking' },
  { to: '/evaluation', label: 'navEvaluation', roles: ['evaluator', 'coordinator', 'admin'] },
  { to: '/calibration', label: 'navCalibration', roles: ['coordinator', 'admin', 'leadership', 'auditor'] },
  { to: '/inbox', label: 'navInbox' },
  { to: '/targets', label: 'navTargets' },
  { to: '/batch-lists', label: 'navBatchLists' },
  { to: '/admin/users', label: 'navUsers', roles: ['admin'] },
  { to: '/admin/organisations', label: 'navOrganisations', roles: ['admin', 'coordinator'] },
  { to: '/audit', label: 'navAudit', roles: ['auditor', 'admin'] },
  { to: '/admin/releases', label: 'navReleases', roles: ['admin'] },
  { to: '/operations/dead-letters', label: 'navDeadLetters', roles: ['admin'] },
  { to: '/consortia', label: 'navConsortia', roles: ['applicant', 'coordinator', 'admin', 'leadership', 'auditor'] },
  { to: '/suppliers/mine', label: 'navSupplierProfile', roles: ['applicant'] },
  { to: '/suppliers', label: 'navSuppliers', roles: ['officer', 'coordinator', 'admin'] },
  { to: '/factor-requests', label: 'navFactorRequests', roles: ['officer', 'coordinator', 'admin'] },
  { to: '/employment-risk', label: 'navEmploymentRisk', roles: ['coordinator', 'admin'], units: ['市人力社保局'] },
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

/** Header with navigation, unread badge, language toggle and the user; the page in <main>. */
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
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className={menuOpen ? 'topbar menu-open' : 'topbar'}>
        <Link to="/" className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-subtitle">{t('appSubtitle')}</span>
        </Link>
        <nav id="shell-nav" aria-label={t('mainNavigation')} className="nav">
          <ul>
            {items.map((item) => (
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
        </nav>
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
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="shell-footer muted small">{t('timesInBeijing')}</footer>
    </div>
  );
}
