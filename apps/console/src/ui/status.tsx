import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { common } from '../i18n/common.messages';
import { useT } from '../i18n/i18n';

export function Loading() {
  const t = useT(common);
  return (
    <p className="status" role="status" aria-live="polite">
      {t('loading')}
    </p>
  );
}

/** The server's own message (already bilingual), its code, and the request id to quote to support. */
export function ErrorMessage({ error, onRetry }: { error: ApiError | Error; onRetry?: () => void }) {
  const t = useT(common);
  const api = error as Partial<ApiError>;
  return (
    <div className="error" role="alert" tabIndex={-1}>
      <strong>{t('error')}</strong> {error.message}
      {api.code ? <code className="muted"> {api.code}</code> : null}
      {api.requestId ? <span className="muted"> · {api.requestId}</span> : null}
      {onRetry ? ' ' : null}
      {onRetry ? (
        <button type="button" className="link" onClick={onRetry}>
          {t('retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT(common);
  return <p className="empty">{children ?? t('empty')}</p>;
}

/** Loading / error / content for one `useApi` result. */
export function Loadable<T>({ state, children }: { state: { data: T | undefined; error?: ApiError; loading: boolean; reload?: () => void }; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorMessage error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
