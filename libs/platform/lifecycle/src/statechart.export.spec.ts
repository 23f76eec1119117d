import { setup } from 'xstate';
import { stageLabelOf } from './statechart.export';

const machine = setup({}).createMachine({
  id: 'review',
  initial: 'scoring',
  states: {
    scoring: {
      meta: { label: { zh: '评分', en: 'Scoring' } },
      initial: 'onTime',
      states: {
        onTime: {},
        overdue: { meta: { label: { zh: '评分逾期', en: 'Scoring overdue' } } },
      },
    },
    chineseOnly: { meta: { label: { zh: '仅中文' } } },
    unnamed: {},
  },
});

describe('stage names from the machine', () => {
  it('gives the stage’s own label, else its nearest named ancestor’s, else null', () => {
    expect(stageLabelOf(machine, 'scoring.overdue')).toEqual({ zh: '评分逾期', en: 'Scoring overdue' });
    expect(stageLabelOf(machine, 'scoring.onTime')).toEqual({ zh: '评分', en: 'Scoring' });
    expect(stageLabelOf(machine, 'scoring')).toEqual({ zh: '评分', en: 'Scoring' });
    expect(stageLabelOf(machine, 'chineseOnly')).toEqual({ zh: '仅中文', en: '仅中文' });
    expect(stageLabelOf(machine, 'unnamed')).toBeNull();
    expect(stageLabelOf(machine, 'nowhere.at.all')).toBeNull();
    expect(stageLabelOf(machine, 'toString')).toBeNull();
  });
});
