import * as path from 'node:path';
import { aspects, domains, mechanisms, coordinator, planTargets, units } from './index';
import { readSeed } from './testing/seed-file';

/**
 * The 2025-draft data against the text of the draft itself (seed 000): every line
 * "N.XX领域。…(责任单位:…)" is parsed and must equal the data exactly.
 */

const DRAFT = '2025-draft';

interface ParsedDomain {
  number: number;
  zhName: string;
  aspectNumeral: string;
  units: string[];
}

interface ParsedSeed {
  chapters: string[];
  aspects: { numeral: string; zhName: string }[];
  domains: ParsedDomain[];
  mechanisms: { numeral: string; chapter: string; zhTitle: string; units: string[] }[];
  /** Every unit of every 责任单位 list, in order of first appearance. */
  units: string[];
}

const responsibleUnitsAtEnd = /\(责任单位:([^()]*)\)$/;

function parseDraft(text: string): ParsedSeed {
  const parsed: ParsedSeed = { chapters: [], aspects: [], domains: [], mechanisms: [], units: [] };
  let aspectNumeral = '';
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    const chapter = /^([一二三四五六七八九十]+)、(.+)$/.exec(line);
    if (chapter) parsed.chapters.push(line);
    const aspect = /^\(([一二三四五])\)([^。]+)$/.exec(line);
    if (aspect) {
      aspectNumeral = aspect[1];
      parsed.aspects.push({ numeral: aspect[1], zhName: aspect[2] });
    }
    const unitsOfLine = responsibleUnitsAtEnd.exec(line)?.[1].split('、');
    for (const unit of unitsOfLine ?? []) if (!parsed.units.includes(unit)) parsed.units.push(unit);
    const domain = /^(\d+)\.([^。]+领域)。/.exec(line);
    if (domain) {
      if (!unitsOfLine) throw new Error(`domain line without (责任单位:…): ${line.slice(0, 40)}`);
      parsed.domains.push({ number: Number(domain[1]), zhName: domain[2], aspectNumeral, units: unitsOfLine });
    }
    const mechanism = /^\((六|七|八|九|十一?)\)([^。]+)。/.exec(line);
    if (mechanism) {
      if (!unitsOfLine) throw new Error(`mechanism line without (责任单位:…): ${line.slice(0, 40)}`);
      parsed.mechanisms.push({ numeral: mechanism[1], chapter: parsed.chapters.at(-1) ?? '', zhTitle: mechanism[2], units: unitsOfLine });
    }
  }
  return parsed;
}

describe('2025-draft against the text of the draft (seed 000)', () => {
  let text: string;
  let seed: ParsedSeed;

  beforeAll(() => {
    text = readSeed('000_af6b83ffc61223da.txt');
    seed = parseDraft(text);
  });

  it('reads the seed from shared/seeds beside the repository', () => {
    expect(path.join(__dirname, '../../../../shared/seeds')).toBe(path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds'));
    expect(text.startsWith('重庆市加快场景培育和开放推动新场景大规模应用实施方案')).toBe(true);
  });

  it('has the 22 domains of the seed, numbered 1–22 in order', () => {
    expect(seed.domains.map((d) => d.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(domains(DRAFT).map((d) => d.number)).toEqual(seed.domains.map((d) => d.number));
  });

  it('has every domain zh name exactly as the seed writes it, in order', () => {
    expect(domains(DRAFT).map((d) => d.zhName)).toEqual(seed.domains.map((d) => d.zhName));
  });

  it('has every domain’s responsible units exactly as written, in order', () => {
    for (const [i, parsed] of seed.domains.entries()) {
      expect({ domain: parsed.zhName, units: domains(DRAFT)[i].responsibleUnits }).toEqual({ domain: parsed.zhName, units: parsed.units });
    }
  });

  it('has the 5 aspect headings exactly as written, and each domain under the heading it follows', () => {
    expect(seed.aspects).toHaveLength(5);
    expect(aspects(DRAFT).map((a) => ({ numeral: a.numeral, zhName: a.zhName }))).toEqual(seed.aspects);
    const aspectCodeByNumeral = new Map(aspects(DRAFT).map((a) => [a.numeral, a.code]));
    expect(domains(DRAFT).map((d) => d.aspect)).toEqual(seed.domains.map((d) => aspectCodeByNumeral.get(d.aspectNumeral)));
  });

  it('has the mechanisms (六)–(十一) with titles, chapters and responsible units exactly as written', () => {
    const numbered = mechanisms(DRAFT).filter((m) => m.code !== 'organisation');
    expect(seed.mechanisms.map((m) => m.numeral)).toEqual(['六', '七', '八', '九', '十', '十一']);
    expect(numbered.map((m) => ({ numeral: m.numeral, chapter: m.chapter, zhTitle: m.zhTitle, units: m.responsibleUnits }))).toEqual(seed.mechanisms);
  });

  it('has 五、加强组织实施 with 市发展改革委 as coordinator, quoted from the seed', () => {
    const organisation = mechanisms(DRAFT).find((m) => m.code === 'organisation');
    expect(seed.chapters).toContain(organisation?.chapter);
    expect(organisation?.responsibleUnits).toEqual([coordinator(DRAFT).unit]);
    expect(coordinator(DRAFT).unit).toBe('市发展改革委');
    expect(text).toContain(coordinator(DRAFT).source.quote);
    expect(coordinator(DRAFT).source.quote.startsWith(`${coordinator(DRAFT).unit}要`)).toBe(true);
    for (const duty of coordinator(DRAFT).duties) expect(coordinator(DRAFT).source.quote).toContain(duty.zh);
  });

  it('lists exactly the units the seed names, in order of first appearance', () => {
    expect(units(DRAFT).map((u) => u.zhName)).toEqual(seed.units);
    expect(seed.units).toHaveLength(34);
  });

  it('quotes the draft’s instruments and plan facts verbatim', () => {
    for (const mechanism of mechanisms(DRAFT)) for (const instrument of mechanism.instruments) expect({ instrument, found: text.includes(instrument) }).toEqual({ instrument, found: true });
    expect(text).toContain(planTargets(DRAFT).targetYearSource.quote);
    expect(Number(/到(\d{4})年,基本建成/.exec(text)?.[1])).toBe(planTargets(DRAFT).targetYear);
    expect(planTargets(DRAFT).annualTargets).toBeNull();
    expect(planTargets(DRAFT).budgetReserveMinShare).toBeNull();
    expect(text).not.toMatch(/每年/);
    expect(text).not.toMatch(/预留不低于/);
  });
});

describe('the seed reader', () => {
  it('fails with a clear message, not a skip, when the seeds folder is missing', () => {
    expect(() => readSeed('000_af6b83ffc61223da.txt', '/nonexistent/shared/seeds')).toThrow(
      /种子文件缺失 seed file missing: \/nonexistent\/shared\/seeds\/000_af6b83ffc61223da\.txt/,
    );
  });
});
