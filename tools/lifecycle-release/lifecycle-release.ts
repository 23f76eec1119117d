/**
 * npm run lifecycle:release -- --machine scenario-lifecycle --to 2 --dry-run|--apply [--from 1] [--map old=new …]
 *
 * Ships a lifecycle machine version to the running instances through the platform's admin API
 * (`/api/workflow/releases`), printing the plan (or the release's outcome) as a table. It talks to the API, not to the
 * database: the same authorisation (administrators only), the same use case as the console, and the gateway's audit
 * log records who released what; an operator needs an admin sign-in, never database credentials.
 *
 * Where and as whom: `--url` (or SCQ_URL, default http://localhost:3000); `--token` (or SCQ_ADMIN_TOKEN), or
 * SCQ_ADMIN_USER and SCQ_ADMIN_PASSWORD to sign in. Exit code: 0 when nothing failed (a dry run with instances that
 * cannot move is 0 too; they are listed), 1 when a release recorded failures, 2 on a usage or HTTP error.
 */
import { parseArgs } from 'node:util';

export interface ReleaseOptions {
  machine: string;
  toVersion: number;
  fromVersion?: number;
  stageMap: Record<string, string>;
  mode: 'dry-run' | 'apply';
  url: string;
}

interface Step {
  instanceId: string;
  subjectId: string;
  from: { version: number; stage: string };
  to: { version: number; stage: string } | null;
  problem: { code: string; message: string } | null;
  outcome?: 'moved' | 'skipped' | 'failed';
}

export class UsageError extends Error {}

export function parseOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ReleaseOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      machine: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      map: { type: 'string', multiple: true },
      'dry-run': { type: 'boolean' },
      apply: { type: 'boolean' },
      url: { type: 'string' },
      token: { type: 'string' },
    },
    strict: true,
  });
  if (!values.machine) throw new UsageError('缺少 --machine missing --machine (e.g. scenario-lifecycle)');
  const version = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    if (!/^[1-9]\d*$/.test(text)) throw new UsageError(`${flag} 须为正整数 ${flag} must be a positive integer, got ${text}`);
    return Number(text);
  };
  const toVersion = version('--to', values.to);
  if (toVersion === undefined) throw new UsageError('缺少 --to missing --to (the target version)');
  if (Boolean(values['dry-run']) === Boolean(values.apply)) throw new UsageError('须指定 --dry-run 或 --apply 之一 give exactly one of --dry-run or --apply');
  const stageMap: Record<string, string> = {};
  for (const pair of values.map ?? []) {
    const [from, to, ...rest] = pair.split('=');
    if (!from || !to || rest.length) throw new UsageError(`--map 格式为 旧阶段=新阶段 --map takes old.stage=new.stage, got ${pair}`);
    stageMap[from] = to;
  }
  return { machine: values.machine, toVersion, fromVersion: version('--from', values.from), stageMap, mode: values.apply ? 'apply' : 'dry-run', url: (values.url ?? env.SCQ_URL ?? 'http://localhost:3000').replace(/\/$/, '') };
}

/** The plan or the outcome as a fixed-width table, one instance a row, then the counts. */
export function formatTable(steps: Step[], counts: Record<string, number>): string {
  const header = ['instance', 'subject', 'from', 'to', 'result', 'why not'];
  const rows = steps.map((step) => [
    step.instanceId,
    step.subjectId,
    `v${step.from.version} ${step.from.stage}`,
    step.to ? `v${step.to.version} ${step.to.stage}` : '—',
    step.outcome ?? (step.to ? 'would move' : 'cannot move'),
    step.problem?.message ?? '',
  ]);
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const counted = Object.entries(counts).map(([key, value]) => `${key}: ${value}`).join(', ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', steps.length ? counted : `没有运行中的实例需要迁移 no running instance to move (${counted})`].join('\n');
}

/** Runs the dry run or the release against the API; returns the exit code. */
export async function runRelease(options: ReleaseOptions, headers: Record<string, string>, print: (text: string) => void = console.log): Promise<number> {
  const body = { machine: options.machine, toVersion: options.toVersion, ...(options.fromVersion ? { fromVersion: options.fromVersion } : {}), ...(Object.keys(options.stageMap).length ? { stageMap: options.stageMap } : {}) };
  const path = options.mode === 'apply' ? '/api/workflow/releases' : '/api/workflow/releases/plan';
  const response = await fetch(`${options.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const answer = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string }; steps?: Step[]; counts?: Record<string, number>; id?: string };
  if (!response.ok || !answer.steps || !answer.counts) {
    print(`HTTP ${response.status} ${answer.error?.code ?? ''}: ${answer.error?.message ?? 'unexpected answer'}`);
    return 2;
  }
  print(`${options.mode === 'apply' ? `发布 release ${answer.id}` : '试运行 dry run'}: ${options.machine} → v${options.toVersion}`);
  print(formatTable(answer.steps, answer.counts));
  return options.mode === 'apply' && (answer.counts.failed ?? 0) > 0 ? 1 : 0;
}

async function authorisation(url: string, token: string | undefined, env: NodeJS.ProcessEnv): Promise<Record<string, string>> {
  if (token ?? env.SCQ_ADMIN_TOKEN) return { authorization: `Bearer ${token ?? env.SCQ_ADMIN_TOKEN}` };
  if (!env.SCQ_ADMIN_USER || !env.SCQ_ADMIN_PASSWORD) throw new UsageError('须提供管理员令牌 give an admin token (--token or SCQ_ADMIN_TOKEN) or SCQ_ADMIN_USER and SCQ_ADMIN_PASSWORD');
  const response = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: env.SCQ_ADMIN_USER, password: env.SCQ_ADMIN_PASSWORD }) });
  if (!response.ok) throw new UsageError(`登录失败 sign-in failed: HTTP ${response.status}`);
  return { authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

async function main(): Promise<void> {
  try {
    const argv = process.argv.slice(2);
    const options = parseOptions(argv);
    const token = parseArgs({ args: argv, options: { token: { type: 'string' } }, strict: false }).values.token;
    process.exitCode = await runRelease(options, await authorisation(options.url, typeof token === 'string' ? token : undefined, process.env));
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : error);
    process.exitCode = 2;
  }
}

if (require.main === module) void main();
