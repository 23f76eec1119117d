import { assertEventData } from '../../validate-event';

const base = { deadlineId: '0b6f6c1e-52d5-4a51-9d0e-5c9a1d3f2b7e.revision-1', instanceId: '0b6f6c1e-52d5-4a51-9d0e-5c9a1d3f2b7e', deadline: 'revision' };

describe('notification events', () => {
  it('carries reminders and escalations on notification.deadline.v1 beside deadline.reached (key: the instance)', () => {
    const dispatched = {
      ...base,
      subjectId: 'a-1',
      reminder: 'before-3d',
      kind: 'before' as const,
      workingDaysBefore: 3,
      dueAt: '2026-03-13T09:30:00.000Z',
      recipients: [{ type: 'unit' as const, id: '市交通运输委' }],
      dispatchedAt: '2026-03-10T09:30:00.000Z',
    };
    expect(assertEventData('notification.deadline.v1', 'notification.reminder.dispatched', dispatched)).toEqual(dispatched);
    const raised = {
      ...base,
      machineId: 'application-lifecycle',
      subjectId: 'a-1',
      stage: 'returned',
      level: 2,
      overdueWorkingDays: 3,
      dueAt: '2026-03-13T09:30:00.000Z',
      responsibleUnits: ['市交通运输委'],
      recipients: [{ type: 'unit' as const, id: '市发展改革委' }],
      critical: true,
      raisedAt: '2026-03-18T09:30:00.000Z',
    };
    expect(assertEventData('notification.deadline.v1', 'notification.escalation.raised', raised)).toEqual(raised);
    expect(() => assertEventData('notification.deadline.v1', 'notification.escalation.raised', { ...raised, level: 0 })).toThrow('level');
    expect(() => assertEventData('notification.deadline.v1', 'notification.reminder.dispatched', { ...dispatched, recipients: [{ type: 'group' as never, id: 'x' }] })).toThrow('recipients');
  });
});
