// The e2e project's global set-up, once per jest run before any worker starts (workers inherit the variables):
//   SCQ_CONSOLE_BUILD  the web console built by Vite into a private folder, served read-only by every browser test
//   SCQ_SERVICE_BUILD  every service compiled ahead of time (tools/build/build-services.js), so that the tests start
//                      the same JavaScript as the images run, without compiling hundreds of files at each start
// The global tear-down (e2e-builds.teardown.js) removes both.
const { execFileSync } = require('node:child_process');
const { mkdirSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..', '..');

module.exports = async function buildOnce() {
  const consoleDir = mkdtempSync(join(tmpdir(), 'scq-console-build-'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/console/vite.config.ts', '--outDir', consoleDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, NODE_OPTIONS: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  process.env.SCQ_CONSOLE_BUILD = consoleDir;
  // Inside the workspace: the compiled services find their packages in its node_modules.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const servicesDir = mkdtempSync(join(ROOT, 'tmp', 'service-build-'));
  execFileSync(process.execPath, [join(ROOT, 'tools', 'build', 'build-services.js'), '--out', servicesDir], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, NODE_OPTIONS: '' } });
  process.env.SCQ_SERVICE_BUILD = servicesDir;
};
