import { Link, useLocation } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useSession, useUser, type Role } from '../auth/session';
import { common } from '../i18n/common.messages';
import { useLanguage, useT } from '../i18n/i18n';
import { isClosedPage, MainNav, navItemsFor } from './main-nav';
import { ClosedPage } from './closed-page';
import { useTaskCount } from './tasks-count';
import { UnreadBell } from './unread-bell';
import { useLiveUnread, useUnreadCount } from './unread';

type CommonKey = keyof typeof common.zh;

export const ROLE_LABEL: Record<Role, CommonKey> = {
  applicant: 'roleApplicant',
  officer: 'roleOfficer',
  coordinator: 'roleCoordinator',
  evaluator: 'roleEvaluator',
  leadership: 'roleLeadership',
  auditor: 'roleAuditor',
  admin: 'roleAdmin',
};

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
  const items = navItemsFor(user.unit, hasRole);
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
        <MainNav items={items} path={path} unread={unread} tasks={tasks} />
        <div className="shell-page">
          <main id="main" tabIndex={-1}>
            {isClosedPage(path, items) ? <ClosedPage /> : children}
          </main>
          <footer className="shell-footer muted small">{t('timesInBeijing')}</footer>
        </div>
      </div>
    </div>
  );
}
