import { PURPOSE_RUBRICS, RUBRICS, currentRubric, pinnedRubrics, rubricIds, rubricsForPurpose, rubricVersions } from './rubric.catalog';
import { maxTotal, rubricProblems, scoredCriteria, type Rubric } from './rubric.types';

describe('rubric catalog', () => {
  it.each(RUBRICS.map((rubric) => [`${rubric.id}@${rubric.version}`, rubric] as const))('%s is consistent data with bilingual labels', (_, rubric) => {
    expect(rubricProblems(rubric)).toEqual([]);
    for (const criterion of rubric.criteria) expect(criterion.label).toEqual({ zh: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) });
  });

  it('uses the EU defaults: 0–5 per criterion in half points, threshold 3, total 10 of 15', () => {
    for (const rubric of RUBRICS) {
      expect(maxTotal(rubric)).toBe(15);
      expect(rubric.totalThreshold).toBe(10);
      for (const criterion of scoredCriteria(rubric)) expect(criterion).toMatchObject({ weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 3 });
    }
  });

  it('maps each purpose to rubrics: recognition → 认定标准 + 价值评估, effectiveness → 成效评估, application review → expert review', () => {
    expect(PURPOSE_RUBRICS).toEqual({
      recognition: ['recognition-standard', 'value-assessment'],
      effectiveness: ['effectiveness-evaluation'],
      'application-review': ['application-expert-review'],
    });
    expect(rubricsForPurpose('recognition').map((r) => r.title.zh)).toEqual(['场景认定标准', '场景价值评估']);
    expect(rubricIds().sort()).toEqual(Object.values(PURPOSE_RUBRICS).flat().sort());
  });

  it('keeps versions apart: the current one is the highest, a pinned version is found, an unknown one throws', () => {
    for (const id of rubricIds()) {
      const versions = rubricVersions(id).map((r) => r.version);
      expect(new Set(versions).size).toBe(versions.length);
      expect(currentRubric(id)?.version).toBe(Math.max(...versions));
    }
    expect(pinnedRubrics([{ id: 'value-assessment', version: 1 }])[0].id).toBe('value-assessment');
    expect(() => pinnedRubrics([{ id: 'value-assessment', version: 99 }])).toThrow('unknown rubric');
  });

  it('finds what is wrong with bad rubric data', () => {
    const bad: Rubric = {
      ...RUBRICS[0],
      criteria: [
        { ...scoredCriteria(RUBRICS[0])[0], weight: 0, threshold: 7 },
        { ...scoredCriteria(RUBRICS[0])[0], scale: { min: 0, max: 5, step: 2 } },
      ],
      totalThreshold: 40,
    };
    expect(rubricProblems(bad)).toEqual([
      expect.stringContaining('duplicate criterion ids'),
      expect.stringContaining('weight must be positive'),
      expect.stringContaining('threshold outside the scale'),
      expect.stringContaining('not a whole number of steps'),
      expect.stringContaining('total threshold outside'),
    ]);
  });
});
