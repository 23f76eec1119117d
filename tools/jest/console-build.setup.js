// The e2e project's global set-up: builds the web console once per jest run into a private folder that every browser
// test serves read-only (SCQ_CONSOLE_BUILD), instead of one Vite build per test file. Workers start after this and
// inherit the variable; the global tear-down removes the folder.
const { execFileSync } = require('node:child_process');
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function buildConsoleOnce() {
  const root = join(__dirname, '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'scq-console-build-'));
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'apps/console/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'pipe',
    env: { ...process.env, NODE_OPTIONS: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  process.env.SCQ_CONSOLE_BUILD = dir;
};
