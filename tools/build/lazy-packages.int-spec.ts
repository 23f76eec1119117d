import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { slowTimeout } from '@scq/platform-testing';

jest.setTimeout(slowTimeout(1));

const ROOT = join(__dirname, '..', '..');

/**
 * The embedded host's idle memory (issue 17: ≤ 300 MiB) depends on what it never loads: packages only some
 * configurations use are required when first used, not when the libraries load. Each adds 10–25 MiB resident.
 */
const LAZY = ['exceljs', '@aws-sdk/client-s3', 'bullmq', 'ioredis', 'kafkajs', 'nodemailer', '@nest-lab/throttler-storage-redis'];

describe('packages required on first use', () => {
  it('are not loaded by the libraries the embedded host composes', () => {
    const output = execFileSync(process.execPath, ['-r', join(ROOT, 'tools', 'register.js'), join(__dirname, 'lazy-packages.probe.ts')], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    const loaded = JSON.parse(output) as string[];
    // The probe itself works: what the libraries do load is there.
    expect(loaded).toEqual(expect.arrayContaining(['typeorm', '@electric-sql/pglite', '@nestjs/core']));
    expect(LAZY.filter((name) => loaded.includes(name))).toEqual([]);
  });
});
