#!/usr/bin/env node
// The production build (docs/architecture.md, "Production build"): compiles each service ahead of time into
// dist/apps/<app>/, started with `node dist/apps/<app>/main.js` — no compiler at run time.
//
//   node tools/build/build-services.js [app …] [--out <dir>] [--if-stale]
//
// SWC transpiles every TypeScript file the app reaches from apps/<app>/src/main.ts, one file in, one file out,
// with the same options as tools/register.js (legacy decorators with their metadata, which NestJS and its
// dependency injection need; class fields defined as TypeScript does for ES2022; CommonJS) and the tsconfig path
// aliases rewritten to relative paths. The output keeps the source tree (dist/apps/<app>/libs/…/x.js next to
// x.js.map), so every `__dirname` means what it means in the sources; node_modules packages stay external.
// The build refuses a service that requires a devDependency: the images install production dependencies only.
const { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, readdirSync } = require('node:fs');
const { builtinModules } = require('node:module');
const { dirname, join, relative, resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = resolve(__dirname, '..', '..');
const APPS = ['scenario-registry', 'application-workflow', 'evaluation', 'notification', 'gateway', 'standalone'];
const EXTENSIONS = ['.ts', '/index.ts', '.js', '.json'];

function swcOptions() {
  const { compilerOptions } = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  const baseUrl = resolve(ROOT, compilerOptions.baseUrl ?? '.');
  const paths = Object.fromEntries(Object.entries(compilerOptions.paths ?? {}).map(([alias, targets]) => [alias, targets.map((target) => resolve(baseUrl, target))]));
  return {
    swcrc: false,
    sourceMaps: true,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      keepClassNames: true,
      baseUrl,
      paths,
    },
  };
}

/** Packages only devDependencies need (package-lock.json marks them `dev`): absent from the images. */
function devOnlyPackages() {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const devOnly = new Set();
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(location);
    if (match && entry.dev) devOnly.add(match[1]);
  }
  return devOnly;
}

const packageOf = (specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
const isBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

function resolveLocal(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  if (existsSync(base) && statSync(base).isFile()) return base;
  throw new Error(`${relative(ROOT, from)}: cannot resolve '${specifier}'`);
}

/** Compiles one app; `cache` holds the transpiled files shared by the apps of one run. */
function buildApp(app, outDir, options, devOnly, cache) {
  const entry = join(ROOT, 'apps', app, 'src', 'main.ts');
  if (!existsSync(entry)) throw new Error(`apps/${app}/src/main.ts does not exist`);
  const target = join(outDir, app);
  rmSync(target, { recursive: true, force: true });
  const queue = [entry];
  const seen = new Set(queue);
  const external = new Set();
  while (queue.length > 0) {
    const file = queue.pop();
    const source = relative(ROOT, file);
    if (!file.endsWith('.ts')) {
      mkdirSync(dirname(join(target, source)), { recursive: true });
      writeFileSync(join(target, source), readFileSync(file));
      continue;
    }
    let output = cache.get(file);
    if (!output) {
      const { code, map } = transformSync(readFileSync(file, 'utf8'), { ...options, filename: file, sourceFileName: relative(dirname(join(target, source)), file) });
      output = { code, map, requires: [...code.matchAll(/\brequire\((["'])([^"'\n]+)\1\)/g)].map((match) => match[2]) };
      cache.set(file, output);
    }
    const js = join(target, source.replace(/\.ts$/, '.js'));
    mkdirSync(dirname(js), { recursive: true });
    writeFileSync(js, `${output.code}\n//# sourceMappingURL=${js.split('/').pop()}.map\n`);
    writeFileSync(`${js}.map`, output.map);
    for (const specifier of output.requires) {
      if (specifier.startsWith('.')) {
        const next = resolveLocal(file, specifier);
        if (!seen.has(next)) seen.add(next), queue.push(next);
      } else if (specifier.startsWith('@scq/')) {
        throw new Error(`${source}: path alias '${specifier}' was not rewritten (tsconfig.base.json paths)`);
      } else if (!isBuiltin(specifier)) {
        external.add(packageOf(specifier));
      }
    }
  }
  const needsDev = [...external].filter((name) => devOnly.has(name));
  if (needsDev.length > 0) throw new Error(`${app} requires devDependencies at run time (${needsDev.join(', ')}): move them to dependencies`);
  // The entry. Source maps are written but not switched on: they cost ~20 MiB resident per process (docs/benchmarks.md);
  // `node --enable-source-maps dist/apps/<app>/main.js` makes stack traces name the .ts lines.
  writeFileSync(join(target, 'main.js'), `'use strict';\n// Built by tools/build/build-services.js from apps/${app}/src/main.ts.\nrequire('./apps/${app}/src/main.js');\n`);
  return { files: seen.size, external: [...external].sort() };
}

/** Newest modification time under the folders an app is built from (the libs are shared: any change counts). */
function newestSource(app) {
  const newest = (path) => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  return Math.max(newest(join(ROOT, 'apps', app, 'src')), newest(join(ROOT, 'libs')), statSync(join(ROOT, 'tsconfig.base.json')).mtimeMs, statSync(__filename).mtimeMs);
}

function isStale(app, outDir) {
  const main = join(outDir, app, 'main.js');
  return !existsSync(main) || statSync(main).mtimeMs < newestSource(app);
}

function build({ apps = APPS, outDir = join(ROOT, 'dist', 'apps'), ifStale = false, log = console.log, devOnly = devOnlyPackages() } = {}) {
  const options = swcOptions();
  const cache = new Map();
  const results = {};
  for (const app of apps) {
    if (!APPS.includes(app)) throw new Error(`unknown app '${app}' (one of ${APPS.join(', ')})`);
    if (ifStale && !isStale(app, outDir)) continue;
    const started = Date.now();
    results[app] = buildApp(app, outDir, options, devOnly, cache);
    log(`built ${app} → ${relative(ROOT, join(outDir, app, 'main.js')) || join(outDir, app, 'main.js')} (${results[app].files} files, ${Date.now() - started} ms)`);
  }
  return results;
}

module.exports = { build, devOnlyPackages, APPS };

if (require.main === module) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : undefined;
  const apps = args.filter((arg, index) => !arg.startsWith('--') && (outIndex < 0 || index !== outIndex + 1));
  try {
    build({ apps: apps.length > 0 ? apps : undefined, outDir, ifStale: args.includes('--if-stale') });
  } catch (error) {
    console.error(`build failed 构建失败: ${error.message}`);
    process.exit(1);
  }
}
