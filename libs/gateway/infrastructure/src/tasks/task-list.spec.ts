import type { ArmedDeadline, TaskItem } from '@scq/contracts';
import { countTasks, selectTasks, withDueDate } from './task-list';

const task = (id: string, over: Partial<TaskItem> = {}): TaskItem => ({
  id,
  kind: 'scenario',
  title: { zh: id, en: id },
  subject: { kind: 'scenario', id },
  action: { zh: '处理', en: 'act' },
  href: `/scenarios/${id}`,
  overdue: false,
  since: '2026-03-01T00:00:00.000Z',
  ...over,
});
const armed = (deadlineId: string, dueAt: string, overdue: boolean, workingDaysLeft: number): ArmedDeadline => ({ deadlineId, instanceId: '00000000-0000-4000-8000-000000000000', deadline: 'revision', dueAt, overdue, workingDaysLeft });

describe('the merged task list', () => {
  it('takes the soonest armed deadline of a task as its due date, and its overdue flag', () => {
    const deadlines = new Map([
      ['i.revision-2', armed('i.revision-2', '2026-03-10T10:00:00.000Z', false, 3)],
      ['i.notice-1', armed('i.notice-1', '2026-03-05T10:00:00.000Z', true, -1)],
    ]);
    expect(withDueDate(task('a', { deadlineIds: ['i.revision-2', 'i.notice-1', 'i.gone-1'] }), deadlines)).toMatchObject({ dueAt: '2026-03-05T10:00:00.000Z', workingDaysLeft: -1, overdue: true });
    expect(withDueDate(task('b', { deadlineIds: ['i.gone-1'] }), deadlines)).toMatchObject({ dueAt: null, workingDaysLeft: null, overdue: false });
    // A service that knows it is late says so, whatever the deadlines (a scoring period that has run out).
    expect(withDueDate(task('c', { overdue: true }), deadlines).overdue).toBe(true);
  });

  it('puts overdue tasks first, then the soonest due, then undated ones, the longest waiting first', () => {
    const tasks = [
      task('undated-new', { since: '2026-03-03T00:00:00.000Z' }),
      task('due-later', { dueAt: '2026-03-20T00:00:00.000Z' }),
      task('undated-old', { since: '2026-02-01T00:00:00.000Z' }),
      task('overdue', { overdue: true, dueAt: '2026-03-02T00:00:00.000Z' }),
      task('due-soon', { dueAt: '2026-03-09T00:00:00.000Z' }),
    ];
    expect(selectTasks(tasks, { limit: 10 }).items.map((t) => t.id)).toEqual(['overdue', 'due-soon', 'due-later', 'undated-old', 'undated-new']);
    expect(selectTasks(tasks, { limit: 2 })).toMatchObject({ items: [{ id: 'overdue' }, { id: 'due-soon' }], more: true });
    expect(selectTasks(tasks, { limit: 10, overdue: false }).items.map((t) => t.id)).not.toContain('overdue');
  });

  it('counts by kind for the header badge, every kind named', () => {
    const counts = countTasks([task('a'), task('b', { kind: 'assignment', overdue: true }), task('c', { kind: 'assignment' })]);
    expect(counts).toEqual({ total: 3, overdue: 1, byKind: { scenario: 1, application: 0, assessment: 0, assignment: 2, 'batch-list': 0, 'factor-request': 0 } });
    expect(selectTasks([task('a'), task('b', { kind: 'assignment' })], { kind: 'assignment', limit: 5 }).items.map((t) => t.id)).toEqual(['b']);
  });
});
