import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { Page } from '../../ui/page';
import { Loadable } from '../../ui/status';
import { MatchmakingNav } from './labels';

interface Loaded<T> {
  data: T | undefined;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

/**
 * One record of the matchmaking pages (an opportunity, a matchmaking event): the section's navigation, the way back to
 * its list, what the last change did, and the record once loaded. `children` gets the record and `onChanged`, which
 * says what was done and reads the record again.
 */
export function RecordPage<T>({
  title,
  back,
  state,
  children,
}: {
  title: string;
  back: { to: '/opportunities' | '/matchmaking-events'; label: string };
  state: Loaded<T>;
  children: (data: T, onChanged: (done: string) => void) => ReactNode;
}) {
  const [done, setDone] = useState<string | null>(null);
  return (
    <Page title={title}>
      <MatchmakingNav />
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : null}
      <Loadable state={state}>
        {(data) =>
          children(data, (message) => {
            setDone(message);
            state.reload();
          })
        }
      </Loadable>
    </Page>
  );
}
