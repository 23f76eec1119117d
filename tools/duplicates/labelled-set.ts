/**
 * Builds the labelled pair set for duplicate detection (避免重复建设) deterministically from the hand-written
 * filings in labelled-scenarios.ts. `labelled-pairs.json` is its output (`npm`-free:
 * `node -r ./tools/register.js tools/duplicates/build-labelled-pairs.ts`); a unit test checks the file is
 * current.
 *
 * Positives (duplicate = true): each scenario and its second filing (hand-written title; description reworded
 * by rules, written by hand, or absent), filed by another owner or district in three cases out of four.
 * Negatives (duplicate = false): different scenarios of the same domain (hard: shared vocabulary), a second
 * filing against a sibling scenario, a near miss (the same template on another object: 无人机电力线路巡检 vs
 * 无人机城市巡检) against the scenario it resembles and its second filing, and cross-domain pairs sharing a
 * technique or an object.
 */
import { DISTRICTS, lexiconOf } from './scenario-lexicon';
import { CONFUSABLE_PAIRS, LABELLED_SCENARIOS, NEAR_MISSES } from './labelled-scenarios';

export interface LabelledScenario {
  key: string;
  title: { zh: string };
  description?: { zh: string };
  domainCode: string;
  ownerUnit: string;
  ownerType: 'municipal-department' | 'district' | 'municipal-soe';
  district?: string;
}

export type PairKind = 'reworded' | 'hand-reworded' | 'title-only' | 'same-domain' | 'second-filing-vs-sibling' | 'near-miss' | 'cross-domain';

export interface LabelledPair {
  id: string;
  a: string;
  b: string;
  duplicate: boolean;
  kind: PairKind;
}

export interface LabelledSet {
  scenarios: LabelledScenario[];
  pairs: LabelledPair[];
}

/** Rewording rules of a second filing: each unit writes the same plan in its own words. */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['建设', '打造'],
  ['实现', '做到'],
  ['利用', '运用'],
  ['开展', '推进'],
  ['监测', '监控'],
  ['部署', '布设'],
  ['提升', '提高'],
  ['推广', '推行'],
  ['通过', '借助'],
  ['降低', '减少'],
  ['整合', '汇聚'],
  ['自动', '自动化'],
  ['实时', '全天候'],
];
const OPENINGS = ['拟', '本项目拟', '计划'];

/** Deterministic rewording: synonyms, an opening, sometimes the last clause dropped, and who leads it. */
export function rewordDescription(text: string, owner: string, index: number): string {
  let out = text;
  for (const [from, to] of SYNONYMS) out = out.split(from).join(to);
  let body = out.replace(/。$/, '');
  const clauses = body.split('，');
  if (index % 2 === 0 && clauses.length >= 3) body = clauses.slice(0, -1).join('，');
  return `${OPENINGS[index % OPENINGS.length]}${body}，由${owner}牵头实施。`;
}

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619) >>> 0;
  return h;
}

export function buildLabelledSet(): LabelledSet {
  const scenarios: LabelledScenario[] = [];
  const pairs: LabelledPair[] = [];
  const byTitle = new Map<string, LabelledScenario>();
  const add = (pair: Omit<LabelledPair, 'id'>) => pairs.push({ id: `P${String(pairs.length + 1).padStart(3, '0')}`, ...pair });
  let index = 0;
  for (const [domainCode, entries] of Object.entries(LABELLED_SCENARIOS)) {
    const lexicon = lexiconOf(domainCode);
    const bases: LabelledScenario[] = [];
    const seconds: LabelledScenario[] = [];
    entries.forEach(([title, description, secondTitle, secondDescription], i) => {
      const district = i % 3 === 0 ? undefined : DISTRICTS[hash(title) % DISTRICTS.length];
      const owner = lexicon.owners[i % lexicon.owners.length];
      const base: LabelledScenario = { key: `${domainCode}#${i}`, title: { zh: title }, description: { zh: description }, domainCode, ownerUnit: owner, ownerType: 'municipal-department', ...(district ? { district } : {}) };
      // Who files it the second time: the same unit again, another unit, the district, or a state-owned enterprise.
      const mode = index % 4;
      const filingDistrict = district ?? DISTRICTS[hash(secondTitle) % DISTRICTS.length];
      const secondDistrict = mode === 3 ? undefined : filingDistrict;
      const secondOwner = mode === 0 ? owner : mode === 1 ? lexicon.owners[(i + 1) % lexicon.owners.length] : mode === 2 ? filingDistrict : lexicon.owners[(i + 2) % lexicon.owners.length];
      const secondText = secondDescription === 'reword' ? rewordDescription(description, secondOwner, index) : secondDescription === 'none' ? null : secondDescription;
      const second: LabelledScenario = {
        key: `${domainCode}#${i}'`,
        title: { zh: secondTitle },
        ...(secondText ? { description: { zh: secondText } } : {}),
        domainCode,
        ownerUnit: secondOwner,
        ownerType: mode === 2 ? 'district' : mode === 3 ? 'municipal-soe' : 'municipal-department',
        ...(secondDistrict ? { district: secondDistrict } : {}),
      };
      scenarios.push(base, second);
      bases.push(base);
      seconds.push(second);
      byTitle.set(title, base);
      add({ a: second.key, b: base.key, duplicate: true, kind: secondDescription === 'reword' ? 'reworded' : secondDescription === 'none' ? 'title-only' : 'hand-reworded' });
      index += 1;
    });
    // Hard negatives inside the domain: neighbours, and one further apart.
    const n = bases.length;
    for (let i = 0; i < n; i++) add({ a: bases[i].key, b: bases[(i + 1) % n].key, duplicate: false, kind: 'same-domain' });
    add({ a: bases[0].key, b: bases[2].key, duplicate: false, kind: 'same-domain' });
    add({ a: bases[1].key, b: bases[3].key, duplicate: false, kind: 'same-domain' });
    for (let i = 0; i < n; i += 2) add({ a: seconds[i].key, b: bases[(i + 1) % n].key, duplicate: false, kind: 'second-filing-vs-sibling' });
    // The near miss: the same template on another object, against the scenario it resembles and its second filing.
    const [like, title, description] = NEAR_MISSES[domainCode];
    const district = DISTRICTS[hash(title) % DISTRICTS.length];
    const nearMiss: LabelledScenario = { key: `${domainCode}#near`, title: { zh: title }, description: { zh: description }, domainCode, ownerUnit: lexicon.owners[3], ownerType: 'municipal-soe', district };
    scenarios.push(nearMiss);
    add({ a: nearMiss.key, b: bases[like].key, duplicate: false, kind: 'near-miss' });
    add({ a: seconds[like].key, b: nearMiss.key, duplicate: false, kind: 'near-miss' });
  }
  for (const [x, y] of CONFUSABLE_PAIRS) {
    const a = byTitle.get(x);
    const b = byTitle.get(y);
    if (!a || !b) throw new Error(`confusable pair names an unknown title: ${!a ? x : y}`);
    add({ a: a.key, b: b.key, duplicate: false, kind: 'cross-domain' });
  }
  return { scenarios, pairs };
}
