import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const { build, devOnlyPackages } = require('./build-services.js') as {
  build(options: { apps: string[]; outDir: string; log?: (line: string) => void; devOnly?: Set<string> }): Record<string, { files: number; external: string[] }>;
  devOnlyPackages(): Set<string>;
};

/** The production build refuses what the image (`npm ci --omit=dev`) could not run. */
describe('tools/build/build-services.js', () => {
  const tmpRoot = join(__dirname, '..', '..', 'tmp');
  let outDir: string;
  beforeEach(() => {
    mkdirSync(tmpRoot, { recursive: true });
    outDir = mkdtempSync(join(tmpRoot, 'scq-build-unit-'));
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('knows the compilers as dev-only packages and the run-time libraries as production ones (package-lock.json)', () => {
    const devOnly = devOnlyPackages();
    expect([...devOnly]).toEqual(expect.arrayContaining(['@swc/core', '@swc-node/register', 'vite', 'jest']));
    for (const runtime of ['@nestjs/core', 'typeorm', 'kafkajs', 'pg', '@electric-sql/pglite']) expect(devOnly.has(runtime)).toBe(false);
  });

  it('refuses an app that requires a package only devDependencies bring', () => {
    expect(() => build({ apps: ['evaluation'], outDir, log: () => undefined, devOnly: new Set(['kafkajs']) })).toThrow(/evaluation requires devDependencies at run time \(kafkajs\)/);
  });

  it('refuses an unknown app', () => {
    expect(() => build({ apps: ['console'], outDir, log: () => undefined })).toThrow(/unknown app 'console'/);
    expect(existsSync(join(outDir, 'console'))).toBe(false);
  });
});
