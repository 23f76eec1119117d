import type { LifecycleInstance } from '@scq/platform-lifecycle';
import { humanEventSchemas } from './lifecycle-event.schemas';
import { refuseOutOfDate, refuseUnknownIndicator, SandboxRefusal } from './sandbox-checks';

const accidents = { key: 'accident-rate', name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } };
const terms = { conditions: ['限定园区道路'], indicators: [accidents], expiresOn: '2027-06-30' };
const issues = (type: string, payload: unknown) => {
  const result = humanEventSchemas[type].safeParse(payload);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('sandbox event payloads', () => {
  it('accepts indicators with a key, bilingual name, unit and at least one threshold bound', () => {
    expect(issues('enterSandbox', terms)).toEqual([]);
    expect(issues('renewSandbox', { ...terms, indicators: [{ ...accidents, threshold: { min: 0, max: 0.5 } }] })).toEqual([]);
  });

  it.each([
    ['free-text indicators', { ...terms, indicators: ['事故率'] }, 'indicators.0'],
    ['no threshold bound', { ...terms, indicators: [{ ...accidents, threshold: {} }] }, 'indicators.0.threshold: 阈值至少需要上限或下限 a threshold needs a max or a min'],
    ['min above max', { ...terms, indicators: [{ ...accidents, threshold: { min: 1, max: 0.5 } }] }, 'indicators.0.threshold: 下限不能大于上限 min must not exceed max'],
    ['an unknown bound', { ...terms, indicators: [{ ...accidents, threshold: { ceiling: 1 } }] }, 'indicators.0.threshold'],
    ['no unit', { ...terms, indicators: [{ ...accidents, unit: ' ' }] }, 'indicators.0.unit'],
    ['a key that is not an identifier', { ...terms, indicators: [{ ...accidents, key: '事故率' }] }, 'indicators.0.key'],
    ['an English name missing', { ...terms, indicators: [{ ...accidents, name: { zh: '事故率' } }] }, 'indicators.0.name.en'],
    ['a threshold beyond any sensible measure', { ...terms, indicators: [{ ...accidents, threshold: { max: 1e15 } }] }, 'indicators.0.threshold.max'],
    ['duplicate keys', { ...terms, indicators: [accidents, { ...accidents, name: { zh: '碰擦率', en: 'Scrape rate' } }] }, 'indicators: 指标标识不能重复 indicator keys must be unique'],
    ['duplicate names', { ...terms, indicators: [accidents, { ...accidents, key: 'accidents' }] }, 'indicators: 指标名称不能重复 indicator names must be unique'],
    ['no indicator', { ...terms, indicators: [] }, 'indicators: 至少一项监测指标 at least one monitoring indicator'],
    ['a date that is not one', { ...terms, expiresOn: '2027-02-30' }, 'expiresOn'],
  ])('refuses %s', (_, payload, expected) => {
    expect(issues('enterSandbox', payload).join('\n')).toContain(expected);
  });

  it('takes a reading as an indicator key, a finite number, the date observed and an optional note', () => {
    expect(issues('reportSandboxIndicator', { indicatorKey: 'accident-rate', value: 0.7, observedOn: '2026-12-01', note: '两起碰擦' })).toEqual([]);
    expect(issues('reportSandboxIndicator', { indicatorKey: 'accident-rate', value: '0.7', observedOn: '2026-12-01' })).toEqual([expect.stringMatching(/^value: /)]);
    expect(issues('reportSandboxIndicator', { indicatorKey: 'accident-rate', value: 0.7 })).toEqual([expect.stringMatching(/^observedOn: /)]);
    expect(issues('reportSandboxIndicator', { indicatorKey: 'accident-rate', value: 0.7, observedOn: '2026-12-01', extra: 1 })).not.toEqual([]);
  });
});

describe('sandbox dates against the clock (Beijing)', () => {
  // 2026-12-06 16:30 UTC is already 2026-12-07 00:30 in Beijing.
  const lateEvening = new Date('2026-12-06T16:30:00Z');
  const refusal = (event: Record<string, unknown>, now: Date) => {
    try {
      refuseOutOfDate({ type: 'enterSandbox', ...event }, now);
      return null;
    } catch (error) {
      return error instanceof SandboxRefusal ? { code: error.code, kind: error.kind, fields: error.fields?.map((f) => f.path) } : error;
    }
  };

  it('refuses an expiry that is not after today in Beijing, today included', () => {
    expect(refusal({ ...terms, expiresOn: '2026-12-07' }, lateEvening)).toEqual({ code: 'SANDBOX_EXPIRY_NOT_FUTURE', kind: 'invalid', fields: ['expiresOn'] });
    expect(refusal({ ...terms, expiresOn: '2026-12-08' }, lateEvening)).toBeNull();
    expect(refusal({ ...terms, expiresOn: '2026-12-07' }, new Date('2026-12-06T15:59:00Z'))).toBeNull();
    expect(() => refuseOutOfDate({ type: 'renewSandbox', ...terms, expiresOn: '2026-01-01' }, lateEvening)).toThrow(/须晚于今天.*must expire after today \(2026-12-07, Beijing time\)/);
  });

  it('refuses a reading dated after today in Beijing', () => {
    const reading = (observedOn: string) => () => refuseOutOfDate({ type: 'reportSandboxIndicator', indicatorKey: 'accident-rate', value: 1, observedOn }, lateEvening);
    expect(reading('2026-12-07')).not.toThrow();
    expect(reading('2026-12-08')).toThrow(SandboxRefusal);
  });

  it('refuses a reading for an indicator the terms in force do not name, legacy names included', () => {
    const instance = (sandbox: unknown, stage = 'operating.piloting.sandbox') => ({ machineId: 'scenario-lifecycle', stage, snapshot: { value: {}, context: { sandbox } } }) as unknown as LifecycleInstance<unknown>;
    const reading = (indicatorKey: string) => ({ type: 'reportSandboxIndicator', indicatorKey, value: 1, observedOn: '2026-12-01' });
    expect(() => refuseUnknownIndicator(reading('accident-rate'), instance(terms))).not.toThrow();
    expect(() => refuseUnknownIndicator(reading('noise'), instance(terms))).toThrow(/没有指标 noise.*accident-rate（事故率）.*known: accident-rate/);
    expect(() => refuseUnknownIndicator(reading('事故率'), instance({ ...terms, indicators: ['事故率'] }))).not.toThrow();
    // Outside the sandbox the machine refuses it (409), not this check.
    expect(() => refuseUnknownIndicator(reading('noise'), instance(terms, 'operating.piloting.regular'))).not.toThrow();
  });
});
