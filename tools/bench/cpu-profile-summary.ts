/**
 * Self time of a `.cpuprofile` (node --cpu-prof; bench:http writes them with BENCH_HTTP_PROFILE_DIR), summarised:
 * the share of samples by module (a package in node_modules, a file of the repo, node's internals, garbage
 * collection, idle) and by function. Keep the profiles themselves out of the repository.
 *
 *   node -r ./tools/register.js tools/bench/cpu-profile-summary.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which package, repository folder or runtime part a frame's code belongs to. */
export function moduleOf(url: string, functionName: string): string {
  if (functionName === '(garbage collector)') return '(garbage collector)';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return functionName;
  if (!url) return '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1];
  const inRepo = /\/(libs\/[^/]+\/[^/]+|apps\/[^/]+|tools)\//.exec(url);
  return inRepo ? inRepo[1] : url.replace(/^file:\/\//, '');
}

export function summarise(profile: CpuProfile): { totalMs: number; busyMs: number; byModule: Array<[string, number]>; byFunction: Array<[string, number]>; inclusive: Array<[string, number]> } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // Inclusive: the time of every sample with a frame of the module anywhere on its stack (each module once per sample).
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const { callFrame } = nodes.get(at) as ProfileNode;
      seen.add(moduleOf(callFrame.url, callFrame.functionName));
    }
    for (const module of seen) inclusive.set(module, (inclusive.get(module) ?? 0) + us);
  }
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { callFrame } = nodes.get(id) as ProfileNode;
    const module = moduleOf(callFrame.url, callFrame.functionName);
    total += us;
    if (module === '(idle)') idle += us;
    byModule.set(module, (byModule.get(module) ?? 0) + us);
    const name = `${callFrame.functionName || '(anonymous)'} ${module}${callFrame.url && !callFrame.url.startsWith('node:') ? `:${callFrame.lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, busyMs: (total - idle) / 1000, byModule: sorted(byModule), byFunction: sorted(byFunction), inclusive: sorted(inclusive) };
}

function main(): void {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [top]');
  const { totalMs, busyMs, byModule, byFunction, inclusive } = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const share = (us: number) => `${((us / 1000 / busyMs) * 100).toFixed(1)} %`;
  console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled, ${(busyMs / 1000).toFixed(1)} s busy (shares below are of the busy time)`);
  console.log('\nself time by module:');
  for (const [name, us] of byModule.filter(([name]) => name !== '(idle)').slice(0, Number(top))) console.log(`  ${share(us).padStart(7)}  ${name}`);
  console.log('\ninclusive time by module (a frame of it anywhere on the stack):');
  for (const [name, us] of inclusive.filter(([name]) => !['(idle)', '(root)'].includes(name)).slice(0, Number(top))) console.log(`  ${share(us).padStart(7)}  ${name}`);
  console.log('\nself time by function:');
  for (const [name, us] of byFunction.filter(([name]) => !name.startsWith('(idle)')).slice(0, Number(top))) console.log(`  ${share(us).padStart(7)}  ${name}`);
}

if (require.main === module) main();
