// Container health probe for the service images: `node deploy/healthcheck.js [/health/live | /health/ready]`.
// node:20-bookworm-slim has no curl, so the Dockerfile HEALTHCHECK and docker-compose.yml call this with Node's
// fetch. Exit code 0 when the service answers 2xx on 127.0.0.1:$PORT, 1 otherwise (503, no answer, timeout);
// on failure the response body (which dependency is down) goes to stderr, visible in `docker inspect`.
'use strict';

const path = process.argv[2] || '/health/live';
const port = process.env.PORT || '3000';
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 4000);

fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(timeoutMs) })
  .then(async (response) => {
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      console.error(`${path}: HTTP ${response.status} ${body.slice(0, 500)}`);
    }
    process.exit(response.ok ? 0 : 1);
  })
  .catch((error) => {
    console.error(`${path}: ${error && error.message ? error.message : error}`);
    process.exit(1);
  });
