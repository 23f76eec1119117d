import type { Schema } from '../../api/client';
import { editFormOf, patchOf } from './edit-scenario.model';

const scenario = {
  id: '00000000-0000-4000-8000-000000000001',
  title: { zh: '无人配送示范', en: 'Unmanned delivery' },
  description: { zh: '园区末端配送', en: 'Last-mile delivery' },
  tier: 'industry-integrated',
  district: '两江新区',
  tags: ['无人车'],
  contacts: [{ name: '张三', phone: '023-1234' }],
  coOwnerUnits: [],
  profileRevision: 2,
} as unknown as Schema<'Scenario'>;

describe('patchOf', () => {
  it('sends nothing when nothing changed', () => {
    expect(patchOf(scenario, editFormOf(scenario))).toEqual({});
  });

  it('sends only the changed fields, keeping the English description', () => {
    const form = { ...editFormOf(scenario), titleZh: '无人配送示范（二期）', tier: 'high-value-niche' as const, descriptionZh: '园区与社区末端配送' };
    expect(patchOf(scenario, form)).toEqual({
      title: { zh: '无人配送示范（二期）', en: 'Unmanned delivery' },
      tier: 'high-value-niche',
      description: { zh: '园区与社区末端配送', en: 'Last-mile delivery' },
    });
  });

  it('clears an emptied district and budget with null, parses tags, contacts and the sandbox need', () => {
    const form = { ...editFormOf(scenario), district: ' ', tags: '无人车，物流、 配送', contacts: '张三 | 科长 | 023-1234\n李四', sandboxNeeded: true, sandboxReason: '需豁免路权' };
    expect(patchOf(scenario, form)).toEqual({
      district: null,
      tags: ['无人车', '物流', '配送'],
      contacts: [{ name: '张三', role: '科长', phone: '023-1234' }, { name: '李四' }],
      sandbox: { needed: true, reason: '需豁免路权' },
    });
  });

  it('shows the budget in 元 and sends it as integer fen, converted from the digits', () => {
    const funded = { ...scenario, budget: { totalFen: 123_456_789, fundingSource: 'government-investment', newScenarioReserveFen: 10_000_000 } } as unknown as Schema<'Scenario'>;
    expect(editFormOf(funded)).toMatchObject({ budgetTotal: '1234567.89', reserve: '100000' });
    expect(patchOf(funded, { ...editFormOf(funded), budgetTotal: '1,234,567.90' })).toEqual({
      budget: { totalFen: 123_456_790, fundingSource: 'government-investment', newScenarioReserveFen: 10_000_000 },
    });
    expect(patchOf(funded, { ...editFormOf(funded), budgetTotal: '0.29' }).budget?.totalFen).toBe(29);
  });

  it('sends the co-owner units as a list when they change (成渝 joint scenarios)', () => {
    expect(patchOf(scenario, { ...editFormOf(scenario), coOwnerUnits: '四川省经济和信息化厅，成都市发改委' })).toEqual({ coOwnerUnits: ['四川省经济和信息化厅', '成都市发改委'] });
  });
});
