import { dossierMessages } from './dossier.messages';
import type { AssessmentView } from './evaluation.model';
import { checkSheet, problemText, serverProblems, sheetItems, type Entry, type Problem } from './score-checks';

type Key = keyof typeof dossierMessages.zh;
/** The Chinese catalogue with the placeholders filled (no ICU needed for these texts). */
const t = (key: Key, values: Record<string, string | number> = {}) => dossierMessages.zh[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

const view = {
  rubrics: [
    {
      id: 'recognition-standard',
      criteria: [
        { id: 'novelty', kind: 'scored', label: { zh: '新颖性', en: 'Novelty' }, scale: { min: 0, max: 5, step: 0.5 }, threshold: 3, weight: 1 },
        { id: 'safety', kind: 'pass-fail', label: { zh: '安全合规', en: 'Safety' } },
      ],
    },
  ],
} as unknown as AssessmentView;

const items = sheetItems(view);
const words = (problem: Problem) => problemText(problem, items.find((item) => item.key === problem.key)!.criterion.label.zh, t);
const entries = (values: Record<string, Entry>) => (key: string) => values[key] ?? { value: '', comment: '' };

describe('score sheet checks', () => {
  it('names every missing mark and comment by the criterion label, never by id or path', () => {
    const problems = checkSheet(items, entries({}));
    expect(problems.map((p) => [p.key, p.field])).toEqual([
      ['recognition-standard/novelty', 'value'],
      ['recognition-standard/novelty', 'comment'],
      ['recognition-standard/safety', 'value'],
      ['recognition-standard/safety', 'comment'],
    ]);
    expect(words(problems[1])).toBe('请为“新颖性”写评语（至少 2 个字）。');
    for (const problem of problems) expect(words(problem)).not.toMatch(/scores\.|recognition-standard|novelty/);
  });

  it('asks a failing mark for a reason of ten characters, and passes a complete sheet', () => {
    const failing = checkSheet(items, entries({ 'recognition-standard/novelty': { value: '2', comment: '不足' }, 'recognition-standard/safety': { value: 'not-met', comment: '有风险' } }));
    expect(failing.map(words)).toEqual(['“新颖性”未达阈值或不符合：评语须说明理由，至少 10 个字。', '“安全合规”未达阈值或不符合：评语须说明理由，至少 10 个字。']);
    expect(checkSheet(items, entries({ 'recognition-standard/novelty': { value: '4', comment: '好' + '。' }, 'recognition-standard/safety': { value: 'met', comment: '符合规范' } }))).toEqual([]);
  });

  it('turns the server’s field paths into the criterion labels', () => {
    const { problems, incomplete } = serverProblems(
      [
        { path: 'scores.0.comment', message: '新颖性 Novelty: 请为 recognition-standard/novelty 写评语' },
        { path: 'scores.1.value', message: 'x' },
        { path: 'scores', message: '缺少指标评分 (recognition-standard/safety)' },
      ],
      items,
    );
    expect(problems.map(words)).toEqual(['“新颖性”的评语不符合要求：请补充（未达阈值时至少 10 个字）。', '“安全合规”的评分不在量表上，请重新选择。']);
    expect(problems.map((p) => [p.key, p.field])).toEqual([
      ['recognition-standard/novelty', 'comment'],
      ['recognition-standard/safety', 'value'],
    ]);
    expect(incomplete).toBe(true);
  });
});
