import { Outlet, useLocation } from '@tanstack/react-router';
import { useSession } from '../auth/session';
import { ChangePasswordPage } from '../pages/login/change-password.page';
import { LoginPage } from '../pages/login/login.page';
import { Shell } from './shell';

/** The root route: who may see the console (signed in, password changed) and, around every page, the shell. */
export function RootLayout() {
  const { user, passwordChangeRequired } = useSession();
  const path = useLocation({ select: (location) => location.pathname });
  // Single sign-on lands here with a one-time code, signed in or not: the page exchanges it and moves on.
  if (path === '/sso') return <Outlet />;
  if (!user) return <LoginPage />;
  if (passwordChangeRequired) return <ChangePasswordPage />;
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}
