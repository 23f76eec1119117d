import { useEffect, useState } from 'react';

/** Sets document.title for the page (screen readers announce it on navigation). */
export function useTitle(title: string): void {
  const [app] = useState(() => document.title.split(' — ').pop() ?? '');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
