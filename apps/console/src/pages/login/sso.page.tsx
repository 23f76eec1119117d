import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useSession } from '../../auth/session';
import { useT } from '../../i18n/i18n';
import { useTitle } from '../../ui/title';
import { messages } from './sso.messages';

/**
 * Where single sign-on hands the person over: `/sso#handoff=<one-time code>`. The code leaves the address bar at
 * once (history, bookmarks and the Referer never see it), is exchanged for a session, and the console goes on to
 * the page the sign-in began from; a code that no longer works sends the person to the sign-in page, which says so.
 */
export function SsoPage() {
  const t = useT(messages);
  const { signInWithHandoff } = useSession();
  const started = useRef(false);
  const navigate = useNavigate();
  useTitle(t('title'));

  useEffect(() => {
    // Once: React's development double effects must not spend the one-time code twice.
    if (started.current) return;
    started.current = true;
    const code = new URLSearchParams(window.location.hash.slice(1)).get('handoff');
    // Through the router, which would otherwise put the address it read at start (with the code) back.
    void navigate({ to: '/sso', replace: true });
    if (!code) return void navigate({ to: '/', replace: true });
    signInWithHandoff(code).then(
      (returnTo) => navigate({ href: returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/', replace: true }),
      () => navigate({ href: '/?sso_error=SSO_HANDOFF_INVALID', replace: true }),
    );
  }, [signInWithHandoff, navigate]);

  return (
    <main id="main" className="login">
      <p className="card login-card" role="status">
        {t('signingIn')}
      </p>
    </main>
  );
}
