import { changeFinancingStatus, financingActionsFrom, financingInputSchema, recordFinancing, type Financing } from './financing';

const at = new Date('2026-03-10T02:00:00Z');
const applied = (): Financing =>
  recordFinancing(financingInputSchema.parse({ kind: 'loan', institution: '重庆银行', product: '场景贷', amountFen: 100, appliedOn: '2026-03-01' }), {
    id: 'f1', scenarioId: 's1', ownerUnit: '市交通运输委', today: '2026-03-10', by: 'u', at,
  });

describe('financing status flow', () => {
  it('offers approve, decline, close from applied; disburse once approved; only close once disbursed; nothing after', () => {
    expect(financingActionsFrom('applied')).toEqual(['approve', 'decline', 'close']);
    expect(financingActionsFrom('approved')).toEqual(['disburse', 'decline', 'close']);
    expect(financingActionsFrom('disbursed')).toEqual(['close']);
    expect(financingActionsFrom('declined')).toEqual([]);
    expect(financingActionsFrom('closed')).toEqual([]);
  });

  it('stamps each step with its date and refuses a move out of the table', () => {
    const context = { today: '2026-03-10', by: 'u', at };
    const approved = changeFinancingStatus(applied(), { action: 'approve', on: '2026-03-05' }, context);
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-03-05' });
    const disbursed = changeFinancingStatus(approved, { action: 'disburse' }, context);
    expect(disbursed).toMatchObject({ status: 'disbursed', disbursedOn: '2026-03-10' });
    expect(() => changeFinancingStatus(disbursed, { action: 'decline' }, context)).toThrow(/disbursed/);
  });

  it('keeps amounts as whole fen', () => {
    expect(financingInputSchema.safeParse({ kind: 'loan', institution: 'x', product: 'y', amountFen: 1.5, appliedOn: '2026-03-01' }).success).toBe(false);
  });
});
