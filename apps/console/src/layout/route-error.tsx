import type { ErrorComponentProps } from '@tanstack/react-router';

/**
 * A page's chunk that no longer loads (the console was redeployed and the old hashed file is gone, or the network
 * dropped) or a page that failed to render. Both languages at once: the page's own texts may be what failed.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(message);
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const chunk = isChunkLoadError(error);
  return (
    <section className="page route-error" aria-labelledby="route-error-title">
      <div className="error" role="alert">
        <h1 id="route-error-title">{chunk ? '页面未能加载 This page could not be loaded' : '页面出错了 This page failed'}</h1>
        <p>
          <span lang="zh-CN">{chunk ? '控制台可能已更新，或网络中断。请重新加载页面。' : '显示此页面时出现错误。请重新加载页面；问题仍在时请联系管理员。'}</span>{' '}
          <span lang="en">{chunk ? 'The console may have been updated, or the network dropped: reload the page.' : 'Something went wrong showing this page: reload it, and tell an administrator if it happens again.'}</span>
        </p>
        {chunk ? null : <p className="muted small">{error instanceof Error ? error.message : String(error)}</p>}
        <p>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            重新加载 Reload
          </button>{' '}
          {chunk ? null : (
            <button type="button" onClick={reset}>
              重试 Try again
            </button>
          )}
        </p>
      </div>
    </section>
  );
}
