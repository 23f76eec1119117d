import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault } from './chaos';
import type { Timeline } from './driver';
import type { DatabaseFigures, InvariantResult } from './invariants';

export interface SimulationReport {
  seed: number;
  span: string;
  mode: string;
  target: string;
  workingDayMs: number;
  startedAt: string;
  wallSeconds: number;
  scenarios: number;
  applications: number;
  commands: { sent: number; accepted: number; refused: number; unknown: number; retries: number; reads: number; p50: number; p99: number; refusals: Record<string, number>; retryReasons: Record<string, number> };
  projection: { samples: number; p50: number; p99: number };
  /** The lifecycle engine alone (bench:engine's runner on its own database), measured in the same run before the platform started. */
  engineCeiling?: { concurrency: number; seconds: number; txPerSec: number; p50: number; p99: number };
  timeline: Timeline;
  faults: Fault[];
  database?: DatabaseFigures;
  invariants: InvariantResult[];
  calibration: Array<{ evaluator: string; sheets: number; meanDeviation: number }>;
  ok: boolean;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173', '#3182bd'];

/** A line chart: one polyline per series over x; faults as red ticks on the x axis (same x scale). */
function lineChart(title: string, x: number[], series: Array<{ name: string; values: number[] }>, marks: number[] = [], xLabel = ''): string {
  const w = 760;
  const h = 260;
  const left = 50;
  const bottom = 30;
  const maxX = Math.max(1, ...x);
  const maxY = Math.max(1, ...series.flatMap((s) => s.values));
  const px = (v: number) => left + (v / maxX) * (w - left - 170);
  const py = (v: number) => h - bottom - (v / maxY) * (h - bottom - 20);
  const lines = series.map((s, i) => {
    const colour = COLOURS[i % COLOURS.length];
    const dots = s.values.length <= 24 ? s.values.map((v, j) => `<circle cx="${px(x[j]).toFixed(1)}" cy="${py(v).toFixed(1)}" r="2.5" fill="${colour}"/>`).join('') : '';
    return `<polyline fill="none" stroke="${colour}" stroke-width="1.5" points="${s.values.map((v, j) => `${px(x[j]).toFixed(1)},${py(v).toFixed(1)}`).join(' ')}"/>${dots}`;
  });
  const legend = series.map((s, i) => `<text x="${w - 160}" y="${20 + i * 13}" font-size="10" fill="${COLOURS[i % COLOURS.length]}">■ ${esc(s.name)}</text>`);
  const faultMarks = marks.map((m) => `<line x1="${px(m)}" x2="${px(m)}" y1="${h - bottom}" y2="20" stroke="#d00" stroke-dasharray="2,3" stroke-width="1"/>`);
  return `<figure><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">
<line x1="${left}" y1="${h - bottom}" x2="${w - 170}" y2="${h - bottom}" stroke="#333"/><line x1="${left}" y1="20" x2="${left}" y2="${h - bottom}" stroke="#333"/>
<text x="${left - 5}" y="24" font-size="10" text-anchor="end">${maxY.toFixed(0)}</text><text x="${left - 5}" y="${h - bottom}" font-size="10" text-anchor="end">0</text>
<text x="${w - 170}" y="${h - 10}" font-size="10" text-anchor="end">${maxX.toFixed(0)} ${esc(xLabel)}</text>
${faultMarks.join('\n')}${lines.join('\n')}${legend.join('\n')}</svg></figure>`;
}

function barChart(title: string, bars: Array<{ name: string; value: number }>): string {
  const w = 760;
  const rowH = 16;
  const h = Math.max(40, bars.length * rowH + 20);
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rows = bars.map((b, i) => `<text x="195" y="${14 + i * rowH}" font-size="10" text-anchor="end">${esc(b.name.slice(0, 32))}</text><rect x="200" y="${4 + i * rowH}" width="${((b.value / max) * 480).toFixed(1)}" height="${rowH - 4}" fill="#3182bd"/><text x="${205 + (b.value / max) * 480}" y="${14 + i * rowH}" font-size="10">${b.value.toFixed(b.value % 1 === 0 ? 0 : 2)}</text>`);
  return `<figure><figcaption>${esc(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" role="img" aria-label="${esc(title)}">${rows.join('')}</svg></figure>`;
}

const percentile = (sorted: number[], q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);

/** Item 7: the pipeline's end-to-end latency beside the engine's ceiling, both from this run. */
function latencyTable(report: SimulationReport): string {
  const ceiling = report.engineCeiling;
  const engine = ceiling
    ? `<tr><td>引擎单独 engine alone (lifecycle runner, own database, concurrency ${ceiling.concurrency}, ${ceiling.seconds} s before the platform started)</td><td>${ceiling.txPerSec.toFixed(0)} tx/s</td><td>${ceiling.p50.toFixed(1)} ms</td><td>${ceiling.p99.toFixed(1)} ms</td></tr>`
    : '<tr><td>引擎单独 engine alone</td><td colspan="3">not measured (--no-engine-ceiling)</td></tr>';
  const bus = report.mode.startsWith('production') ? 'over Kafka' : report.mode.startsWith('embedded') ? 'over the in-process bus' : "over the deployment's bus";
  return `<h2>端到端延迟 End-to-end latency</h2><table><tr><th>path</th><th>throughput</th><th>p50</th><th>p99</th></tr>
<tr><td>命令 → 投影 command accepted → event consumed ${bus} → projection visible (${report.projection.samples} samples)</td><td>—</td><td>${report.projection.p50.toFixed(0)} ms</td><td>${report.projection.p99.toFixed(0)} ms</td></tr>
${engine}</table>`;
}

export function renderHtml(report: SimulationReport): string {
  const days = report.timeline.days;
  const x = days.map((d) => d.atMs / 1000);
  const stages = [...new Set(days.flatMap((d) => Object.keys(d.byStage)))].sort();
  const faults = report.faults.map((f) => f.atMs / 1000);
  const perDay = days.map((d, i) => d.commands - (i > 0 ? days[i - 1].commands : 0));
  const lateness = report.database?.reminderLatenessMs ?? [];
  const cumulative = (key: 'comprehensiveMajorListed' | 'matchmakingEvents' | 'opportunitiesPublished') => report.timeline.targets.map((_, i) => report.timeline.targets.slice(0, i + 1).reduce((n, t) => n + t[key], 0));
  const months = report.timeline.targets.map((t) => t.month);
  const invariantRows = report.invariants.map((r) => `<tr><td>${r.ok ? 'OK' : '<b style="color:#c00">FAIL</b>'}</td><td>${esc(r.name)}</td><td>${esc(r.detail)}</td><td><code>${esc(JSON.stringify(r.examples).slice(0, 400))}</code></td></tr>`).join('');
  const faultRows = report.faults.map((f) => `<tr><td>${(f.atMs / 1000).toFixed(1)} s</td><td>${f.kind}</td><td>${esc(f.target)}</td><td>${f.recoveredMs === undefined ? '—' : `${(f.recoveredMs / 1000).toFixed(1)} s`}</td><td>${esc(f.error ?? (f.keys !== undefined ? `${f.keys} keys` : f.connections !== undefined ? `${f.connections} connections aborted` : ''))}</td></tr>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>场景全生命周期模拟报告 Lifecycle simulation report</title>
<style>body{font-family:system-ui,sans-serif;margin:24px;max-width:1000px}table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}figure{margin:16px 0}figcaption{font-weight:600}code{font-size:11px}</style></head><body>
<h1>场景全生命周期模拟报告 Lifecycle simulation report</h1>
<p>${report.ok ? '全部不变量成立 every invariant holds' : '<b style="color:#c00">有不变量不成立 an invariant failed</b>'} · seed ${report.seed} · span ${esc(report.span)} · ${esc(report.mode)} (${esc(report.target)}) · one working day = ${report.workingDayMs} ms · ${report.wallSeconds.toFixed(0)} s wall · started ${esc(report.startedAt)}</p>
<p>${report.scenarios} scenarios · ${report.applications} applications · ${report.commands.sent} commands (${report.commands.accepted} accepted, ${report.commands.refused} refused, ${report.commands.unknown} unknown outcome, ${report.commands.retries} retries) · command latency p50 ${report.commands.p50.toFixed(0)} ms, p99 ${report.commands.p99.toFixed(0)} ms · command → projection visible p50 ${report.projection.p50.toFixed(0)} ms, p99 ${report.projection.p99.toFixed(0)} ms (${report.projection.samples} samples) · ${report.faults.length} faults</p>
${latencyTable(report)}
<h2>不变量 Invariants</h2><table><tr><th></th><th>invariant</th><th>figures</th><th>examples</th></tr>${invariantRows}</table>
${lineChart('阶段分布 Stage distribution (registry read model), by wall second; red: faults', x, stages.map((s) => ({ name: s, values: days.map((d) => d.byStage[s] ?? 0) })), faults, 's')}
${lineChart('吞吐与延迟 Commands per working day, p50 and p99 latency (ms, cumulative)', x, [{ name: 'commands / day', values: perDay }, { name: 'p50 ms', values: days.map((d) => d.p50) }, { name: 'p99 ms', values: days.map((d) => d.p99) }], faults, 's')}
${lineChart('年度目标 The three annual targets, cumulative by month', months, [{ name: '综合性重大场景 listed', values: cumulative('comprehensiveMajorListed') }, { name: '供需对接活动 events', values: cumulative('matchmakingEvents') }, { name: '有效场景机会 opportunities', values: cumulative('opportunitiesPublished') }], [], 'month')}
${barChart(`提醒延迟 Reminder lateness (ms): p50 ${percentile(lateness, 0.5).toFixed(0)}, p99 ${percentile(lateness, 0.99).toFixed(0)}, max ${(lateness[lateness.length - 1] ?? 0).toFixed(0)} over ${lateness.length} reminders`, [0.5, 0.9, 0.99, 1].map((q) => ({ name: `p${q * 100}`, value: percentile(lateness, q) })))}
${barChart('逾期升级 Escalations by unit', Object.entries(report.database?.escalationsByUnit ?? {}).map(([name, value]) => ({ name, value })))}
${barChart('评审负荷 Evaluator load (assignments)', Object.entries(report.database?.evaluatorLoad ?? {}).map(([name, value]) => ({ name: name.slice(0, 12), value })))}
${barChart('评审校准 Evaluator calibration: mean deviation from the panel mean', report.calibration.map((c) => ({ name: `${c.evaluator} (${c.sheets})`, value: Math.abs(c.meanDeviation) })))}
<h2>故障 Faults</h2><table><tr><th>at</th><th>kind</th><th>target</th><th>recovered</th><th>note</th></tr>${faultRows}</table>
<h2>拒绝 Refusals</h2><table>${Object.entries(report.commands.refusals).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v}</td></tr>`).join('')}</table>
<h2>重试 Retries</h2><table>${Object.entries(report.commands.retryReasons).map(([k, v]) => `<tr><td>${esc(k)}</td><td>${v}</td></tr>`).join('')}</table>
</body></html>`;
}

export function writeReport(dir: string, report: SimulationReport): { html: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const stem = `simulation-seed${report.seed}-${report.span}`;
  const html = join(dir, `${stem}.html`);
  const json = join(dir, `${stem}.json`);
  writeFileSync(html, renderHtml(report));
  writeFileSync(json, JSON.stringify(report, null, 2));
  return { html, json };
}
