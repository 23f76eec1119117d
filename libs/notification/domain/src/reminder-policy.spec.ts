import { DEFAULT_REMINDER_POLICIES } from './reminder-policies.data';
import { parseReminderPolicies } from './reminder-policy';

describe('reminder policies as data', () => {
  it('accepts the platform policies (and their JSON form)', () => {
    expect(parseReminderPolicies(JSON.parse(JSON.stringify(DEFAULT_REMINDER_POLICIES)))).toEqual(DEFAULT_REMINDER_POLICIES);
    expect(DEFAULT_REMINDER_POLICIES.default.escalations.map((step) => step.audience)).toEqual([['responsible-units'], ['coordinator'], ['leadership']]);
  });

  it('refuses policies that cannot be planned, naming every problem', () => {
    const broken = {
      ...DEFAULT_REMINDER_POLICIES,
      default: {
        before: [
          { workingDaysBefore: 2, audience: ['responsible-units'] },
          { workingDaysBefore: 2, audience: ['everybody'] },
        ],
        atDeadline: null,
        escalations: [{ level: 1, workingDaysAfter: 0, audience: [], critical: true }],
      },
      leadership: [],
    };
    expect(() => parseReminderPolicies(broken)).toThrow(/default\.before\.1\.audience\.0.*default\.escalations\.0\.workingDaysAfter.*default\.escalations\.0\.audience.*leadership/);
    expect(() => parseReminderPolicies({ ...DEFAULT_REMINDER_POLICIES, byDeadline: { 'bad name!': DEFAULT_REMINDER_POLICIES.default } })).toThrow('byDeadline.bad name!');
    expect(() =>
      parseReminderPolicies({
        ...DEFAULT_REMINDER_POLICIES,
        default: { ...DEFAULT_REMINDER_POLICIES.default, before: [{ workingDaysBefore: 1, audience: ['coordinator'] }, { workingDaysBefore: 1, audience: ['leadership'] }] },
      }),
    ).toThrow('two reminders on the same working day');
  });
});
