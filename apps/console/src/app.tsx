import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { createQueryClient } from './api/queries';
import { SessionProvider, useSession } from './auth/session';
import { common } from './i18n/common.messages';
import { LanguageProvider, useT } from './i18n/i18n';
import { Shell } from './layout/shell';
import { ChangePasswordPage } from './pages/login/change-password.page';
import { LoginPage } from './pages/login/login.page';
import { SsoPage } from './pages/login/sso.page';
import { ROUTES } from './routes';
import { Link, matchPath, useLocation } from './router/router';
import { Loading } from './ui/status';
import { Page } from './ui/page';

function NotFound() {
  const t = useT(common);
  return (
    <Page title={t('notFound')}>
      <Link to="/">{t('backHome')}</Link>
    </Page>
  );
}

function CurrentPage() {
  const { path } = useLocation();
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path);
    if (params) {
      const Component = route.page;
      return <Component key={path} params={params} />;
    }
  }
  return <NotFound />;
}

function Gate() {
  const { user, passwordChangeRequired } = useSession();
  const { path } = useLocation();
  // Single sign-on lands here with a one-time code, signed in or not: the page exchanges it and moves on.
  if (path === '/sso') return <SsoPage />;
  if (!user) return <LoginPage />;
  if (passwordChangeRequired) return <ChangePasswordPage />;
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <CurrentPage />
      </Suspense>
    </Shell>
  );
}

export function App() {
  const [queries] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queries}>
      <LanguageProvider>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
