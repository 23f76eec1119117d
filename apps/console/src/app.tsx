import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useState } from 'react';
import { createQueryClient } from './api/queries';
import { SessionProvider } from './auth/session';
import { LanguageProvider } from './i18n/i18n';
import { router } from './router/router';

export function App() {
  const [queries] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queries}>
      <LanguageProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
