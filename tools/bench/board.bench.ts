/**
 * npm run bench:board — the scenario board (`/`) at scale, in Chromium, on the embedded platform.
 *
 * 1. builds the console and starts the standalone platform on a fresh PostgreSQL database, as the console's browser
 *    tests do (tools/e2e/console/console-harness.ts);
 * 2. registers BENCH_BOARD_SCENARIOS (default 5 000) scenarios through `POST /api/scenarios` as the coordinator,
 *    BENCH_BOARD_CONCURRENCY at a time, waits until the workflow has started every lifecycle, and moves one in five
 *    on to cultivating through the workflow's own event (so two columns are crowded, not one);
 * 3. opens the board BENCH_BOARD_RUNS times in a signed-in Chromium tab and measures, from navigation start, the
 *    moment every column header has its count and every open column its first cards; then the page's DOM node
 *    count and height;
 * 4. for the old board's figure: the time to read every page of `GET /api/scenarios` (200 a page, as
 *    `useAllScenarios` did before it rendered anything), from Node, same data.
 * docs/benchmarks.md keeps the figures.
 */
import { eventually } from '@scq/platform-testing';
import { apiAs, signIn, startConsolePlatform, tokenFor, type ConsolePlatform } from '../e2e/console/console-harness';

const SCENARIOS = Number(process.env.BENCH_BOARD_SCENARIOS ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_BOARD_CONCURRENCY ?? 16);
const RUNS = Number(process.env.BENCH_BOARD_RUNS ?? 7);
const CULTIVATED = 0.2;

const DOMAINS = ['unmanned-systems', 'smart-city', 'culture-tourism', 'healthcare', 'transportation', 'smart-water', 'digital-economy', 'modern-agriculture'];
const DISTRICTS = ['渝中区', '江北区', '渝北区', '九龙坡区', '两江新区', '沙坪坝区', null];
const TIERS = ['comprehensive-major', 'industry-integrated', 'high-value-niche'];
const WORDS = ['无人机巡检', '智慧停车', '数字孪生', '冷链追溯', '低空物流', '智能诊断', '城市更新', '文旅夜游'];

interface StageCounts {
  total: number;
  byStage: Array<{ stage: string | null; count: number }>;
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function seed(platform: ConsolePlatform, token: string): Promise<void> {
  const url = platform.url;
  const started = performance.now();
  const ids: string[] = [];
  await pool(
    Array.from({ length: SCENARIOS }, (_, i) => i),
    CONCURRENCY,
    async (i) => {
      const district = DISTRICTS[i % DISTRICTS.length];
      const word = WORDS[i % WORDS.length];
      const created = await apiAs<{ id: string }>(url, token, 'POST', '/api/scenarios', {
        title: { zh: `${district ?? '市级'}${word}场景第${i}号`, en: `Scenario ${i}: ${word}` },
        description: { zh: `在${district ?? '全市'}开展${word}应用，第${i}号。` },
        domainCode: DOMAINS[i % DOMAINS.length],
        ownerUnit: '市发展改革委',
        ownerType: 'municipal-department',
        ...(district ? { district } : {}),
        tier: TIERS[i % TIERS.length],
        taxonomyVersion: '2026-final',
      });
      ids.push(created.id);
    },
  );
  const registered = performance.now();
  console.log(`registered ${SCENARIOS} scenarios through POST /api/scenarios in ${((registered - started) / 1000).toFixed(1)} s (${CONCURRENCY} at a time)`);
  const counts = () => apiAs<StageCounts>(url, token, 'GET', '/api/search/scenarios/stage-counts');
  await eventually(async () => ((await counts()).byStage.some((row) => row.stage === null) ? undefined : true), 600_000, 1000);
  const cultivate = ids.slice(0, Math.round(ids.length * CULTIVATED));
  await pool(cultivate, CONCURRENCY, (id) => apiAs(url, token, 'POST', `/api/workflow/scenarios/${id}/events`, { type: 'startCultivation', reason: '纳入培育库' }));
  await eventually(async () => (((await counts()).byStage.find((row) => row.stage === 'cultivating')?.count ?? 0) >= cultivate.length ? true : undefined), 600_000, 1000);
  console.log(`lifecycles started and ${cultivate.length} moved to cultivating in ${((performance.now() - registered) / 1000).toFixed(1)} s; stages: ${JSON.stringify((await counts()).byStage)}`);
}

/** Navigation start → every column header with its count and every open column with its first cards. */
const FIRST_RENDER = `(() => {
  const columns = [...document.querySelectorAll('.board-stage')];
  if (columns.length === 0) return false;
  const ready = columns.every((c) => c.querySelector('.board-count') && (c.dataset.stage === 'awaiting' || c.classList.contains('collapsed') || c.querySelector('.board-card')));
  return ready ? performance.now() : false;
})()`;

/** The page once shown: DOM nodes, height, cards and columns. */
const SHAPE = `({
  nodes: document.getElementsByTagName('*').length,
  height: document.documentElement.scrollHeight,
  cards: document.querySelectorAll('.board-card').length,
  columns: document.querySelectorAll('.board-stage').length,
})`;

async function main(): Promise<void> {
  const platform = await startConsolePlatform('bench-board');
  try {
    const token = await tokenFor(platform.url, 'coordinator');
    await seed(platform, token);

    const { context, page } = await platform.newPage({ viewport: { width: 1440, height: 900 } });
    await signIn(page, platform.url, 'coordinator');
    const renders: number[] = [];
    let shape = { nodes: 0, height: 0, cards: 0, columns: 0 };
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${platform.url}/`);
      const handle = await page.waitForFunction(FIRST_RENDER, undefined, { polling: 'raf', timeout: 60_000 });
      renders.push((await handle.jsonValue()) as number);
      shape = await page.evaluate<typeof shape>(SHAPE);
    }
    await context.close();

    // The old board read every page of GET /api/scenarios (at most 25 × 200) before it showed anything.
    const fetches: number[] = [];
    let rows = 0;
    let bytes = 0;
    for (let run = 0; run < Math.min(RUNS, 5); run++) {
      const started = performance.now();
      let after: string | null = null;
      rows = 0;
      bytes = 0;
      for (let pageNo = 0; pageNo < 25; pageNo++) {
        const response = await fetch(`${platform.url}/api/scenarios?limit=200${after ? `&after=${encodeURIComponent(after)}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
        const text = await response.text();
        bytes += text.length;
        const body = JSON.parse(text) as { items: unknown[]; nextCursor: string | null };
        rows += body.items.length;
        after = body.nextCursor;
        if (!after) break;
      }
      fetches.push(performance.now() - started);
    }

    console.log(`\nBoard at ${SCENARIOS} scenarios (coordinator, 1440×900, ${RUNS} loads; first load included):`);
    console.log(`| figure | new board | old board |`);
    console.log(`|---|---|---|`);
    console.log(`| first render of the columns, median (ms) | ${median(renders).toFixed(0)} (min ${Math.min(...renders).toFixed(0)}, max ${Math.max(...renders).toFixed(0)}) | — |`);
    console.log(`| reading the scenarios before anything shows, median (ms) | (in the figure above) | ${median(fetches).toFixed(0)} for ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB JSON |`);
    console.log(`| DOM nodes | ${shape.nodes} (${shape.columns} columns, ${shape.cards} cards) | — |`);
    console.log(`| page height (px) | ${shape.height} | — |`);
  } finally {
    await platform.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
