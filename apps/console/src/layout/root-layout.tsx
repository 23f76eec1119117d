import { Outlet, useMatch } from '@tanstack/react-router';
import { useSession } from '../auth/session';
import { ChangePasswordPage } from '../pages/login/change-password.page';
import { LoginPage } from '../pages/login/login.page';
import { Shell } from './shell';

/** The root route: who may see the console (signed in, password changed) and, around every page, the shell. */
export function RootLayout() {
  const { user, passwordChangeRequired } = useSession();
  // Single sign-on lands here with a one-time code, signed in or not: the page exchanges it and moves on. The
  // rendered match decides, not the address: while the next page loads, the sign-on page must stay where it is.
  const handoff = useMatch({ from: '/sso', shouldThrow: false });
  if (handoff) return <Outlet />;
  if (!user) return <LoginPage />;
  if (passwordChangeRequired) return <ChangePasswordPage />;
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}
