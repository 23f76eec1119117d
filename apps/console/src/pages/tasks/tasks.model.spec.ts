import { dueWords, sourceKey, taskFilters } from './tasks.model';

describe('my tasks: due dates in working days', () => {
  const due = '2026-12-10T10:00:00.000Z';
  it('counts the working days left, today, and the days overdue', () => {
    expect(dueWords({ dueAt: due, overdue: false, workingDaysLeft: 2 })).toEqual({ key: 'daysLeft', count: 2 });
    expect(dueWords({ dueAt: due, overdue: false, workingDaysLeft: 0 })).toEqual({ key: 'dueToday', count: 0 });
    expect(dueWords({ dueAt: due, overdue: true, workingDaysLeft: -1 })).toEqual({ key: 'overdueDays', count: 1 });
    expect(dueWords({ dueAt: due, overdue: true, workingDaysLeft: 0 })).toEqual({ key: 'overdueToday', count: 0 });
  });
  it('says nothing without a due date', () => {
    expect(dueWords({ dueAt: null, overdue: false, workingDaysLeft: null })).toBeNull();
    expect(dueWords({ overdue: false })).toBeNull();
  });
});

describe('my tasks: filters and sources', () => {
  it('keeps only the kinds and overdue values the API accepts', () => {
    expect(taskFilters({ kind: 'assignment', overdue: 'true' })).toEqual({ kind: 'assignment', overdue: 'true' });
    expect(taskFilters({ kind: 'nonsense', overdue: 'yes' })).toEqual({});
  });
  it('names an unavailable source by its service', () => {
    expect(sourceKey('/api/workflow/tasks')).toBe('sourceWorkflow');
    expect(sourceKey('/api/notifications/armed-deadlines')).toBe('sourceNotification');
    expect(sourceKey('/api/elsewhere/tasks')).toBeNull();
  });
});
