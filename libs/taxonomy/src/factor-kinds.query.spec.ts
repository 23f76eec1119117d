import { factorKinds, findFactorKind, FACTOR_KINDS } from './factor-kinds.query';
import { findUnit } from './responsibility.query';
import { taxonomyVersions } from './taxonomy.registry';

describe('要素保障: the factor kinds and the unit that answers for each', () => {
  it('routes every kind to a unit every taxonomy version knows, by its Chinese name', () => {
    for (const version of taxonomyVersions()) {
      for (const factor of factorKinds()) expect({ kind: factor.kind, unit: findUnit(version, factor.unit)?.zhName }).toEqual({ kind: factor.kind, unit: factor.unit });
    }
  });

  it('covers the factors the plan names, each once, with a whole number of working days', () => {
    expect(FACTOR_KINDS).toEqual(expect.arrayContaining(['land', 'data', 'talent', 'spectrum', 'airspace', 'energy', 'environment']));
    expect(new Set(FACTOR_KINDS).size).toBe(FACTOR_KINDS.length);
    expect(factorKinds().every((f) => Number.isInteger(f.answerWorkingDays) && f.answerWorkingDays > 0)).toBe(true);
    expect(findFactorKind('land')?.unit).toBe('市规划自然资源局');
    expect(findFactorKind('data')?.unit).toBe('市大数据发展局');
    expect(findFactorKind('talent')?.unit).toBe('市人力社保局');
    expect(findFactorKind('water')).toBeUndefined();
  });
});
