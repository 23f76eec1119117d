#!/usr/bin/env node
// Installs the npm dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work from a fresh clone with nothing installed by hand.
const { execSync } = require('node:child_process');
const { existsSync, lstatSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const installed = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');

// A node_modules that is a link belongs to another checkout (a git worktree sharing it): `npm ci` here would empty it.
const linked = existsSync(join(root, 'node_modules')) && lstatSync(join(root, 'node_modules')).isSymbolicLink();

if (!linked && (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs)) {
  console.log('Installing npm dependencies (npm ci) … 正在安装依赖');
  execSync('npm ci --no-fund --no-audit', { cwd: root, stdio: 'inherit' });
}
