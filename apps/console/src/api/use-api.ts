import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, asApiError, type RequestOptions } from './client';

export interface Loaded<T> {
  /** The latest answer; kept while a newer request (other filters, a reload) is on its way. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Loads again (after a change the page made). */
  reload: () => void;
}

/**
 * Runs `load` whenever `key` changes (null: nothing to load yet) and keeps its answer; a newer load aborts an
 * older one, so answers never arrive out of order. `key` must name everything `load` depends on.
 */
export function useLoad<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [generation, setGeneration] = useState(0);
  const runKey = key === null ? null : `${key}|${generation}`;
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError }>({ key: null });

  useEffect(() => {
    if (runKey === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState({ key: runKey, data }),
      (error: unknown) => {
        if ((error as Error).name === 'AbortError') return;
        setState((previous) => ({ key: runKey, data: previous.data, error: asApiError(error) }));
      },
    );
    return () => controller.abort();
    // `load` is a new function at every render; the key says when its answer changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runKey]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data: state.data, error: state.key === runKey ? state.error : undefined, loading: runKey !== null && state.key !== runKey, reload };
}

/** GETs `path` (null: nothing to load yet) with `query`. */
export function useApi<T>(path: string | null, query?: RequestOptions['query']): Loaded<T> {
  const queryKey = JSON.stringify(query ?? {});
  return useLoad<T>(path === null ? null : `${path}|${queryKey}`, (signal) => api<T>(path ?? '', { query: JSON.parse(queryKey) as RequestOptions['query'], signal }));
}
