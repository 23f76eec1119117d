import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';

/** `CONSOLE_DIR`, else `dist/console` under the working directory (where `npm run build:console` writes). */
export function consoleDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONSOLE_DIR || 'dist/console');
}

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>控制台尚未构建 Console not built</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6">
<h1>控制台尚未构建 The console is not built</h1>
<p>运行 <code>npm run build:console</code> 后刷新本页（<code>npm start</code> 会自动构建）。</p>
<p>Run <code>npm run build:console</code> and reload (<code>npm start</code> builds it for you). The API is up: <a href="/api/docs">/api/docs</a>.</p>
</body></html>`;

/**
 * Serves the web console (React + Vite build): hashed files under /assets/ cached for a year, every other
 * GET that is not an API, health, `/.well-known` or `/openapi.json` path answered with index.html (the console routes in the browser).
 */
export function consoleStaticMiddleware(dir: string) {
  const index = join(dir, 'index.html');
  const assets = express.static(join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d' });
  return (request: Request, response: Response, next: NextFunction): void => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || /^\/(api|health|\.well-known)(\/|$)/.test(request.path) || request.path === '/openapi.json') return next();
    if (request.path.startsWith('/assets/')) {
      request.url = request.url.slice('/assets'.length);
      assets(request, response, () => {
        response.status(404).type('text').send('Not found');
      });
      return;
    }
    response.setHeader('cache-control', 'no-cache');
    if (!existsSync(index)) {
      response.status(503).type('html').send(NOT_BUILT);
      return;
    }
    response.sendFile(index);
  };
}
