import type { ReminderPolicies } from './reminder-policy';

/**
 * The platform's reminder policies, as data (validated by `parseReminderPolicies`; a deployment may replace them
 * with a JSON file, see docs/notification.md). Working days count on the statutory-holiday calendar.
 *
 * The chain follows the plan's division of labour: the domain's 责任单位 act; 市发展改革委 (the coordinator, taken from
 * the scenario's taxonomy version) "统筹推进" and is told next; the last link is the coordination mechanism the plan
 * sets up in (十一) 健全管理制度: "建立推动场景培育和开放工作协调机制".
 */
export const DEFAULT_REMINDER_POLICIES: ReminderPolicies = {
  default: {
    before: [
      { workingDaysBefore: 3, audience: ['responsible-units'] },
      { workingDaysBefore: 1, audience: ['responsible-units'] },
    ],
    atDeadline: { audience: ['responsible-units'] },
    escalations: [
      { level: 1, workingDaysAfter: 1, audience: ['responsible-units'], critical: true },
      { level: 2, workingDaysAfter: 3, audience: ['coordinator'], critical: true },
      { level: 3, workingDaysAfter: 5, audience: ['leadership'], critical: true },
    ],
  },
  byDeadline: {
    // The applicant revises (补正); at the deadline the workflow withdraws the application, which cancels the rest.
    revision: {
      before: [
        { workingDaysBefore: 2, audience: ['applicant'] },
        { workingDaysBefore: 1, audience: ['applicant'] },
      ],
      atDeadline: { audience: ['applicant', 'responsible-units'] },
      escalations: [],
    },
    // The public notice (公示) simply ends: nobody is late, the workflow approves when it is reached.
    publicNotice: { before: [], atDeadline: null, escalations: [] },
    // Independent scoring by the evaluators; the coordinator follows up on late panels.
    scoring: {
      before: [
        { workingDaysBefore: 3, audience: ['responsible-units'] },
        { workingDaysBefore: 1, audience: ['responsible-units'] },
      ],
      atDeadline: { audience: ['responsible-units', 'coordinator'] },
      escalations: [
        { level: 1, workingDaysAfter: 2, audience: ['coordinator'], critical: true },
        { level: 2, workingDaysAfter: 5, audience: ['leadership'], critical: true },
      ],
    },
    // A sandbox (沙盒监管) must be renewed after a re-review or left before it expires: warn early.
    sandboxExpiry: {
      before: [
        { workingDaysBefore: 10, audience: ['responsible-units'] },
        { workingDaysBefore: 5, audience: ['responsible-units'] },
        { workingDaysBefore: 1, audience: ['responsible-units', 'coordinator'] },
      ],
      atDeadline: { audience: ['responsible-units', 'coordinator'], critical: true },
      escalations: [
        { level: 1, workingDaysAfter: 1, audience: ['responsible-units', 'coordinator'], critical: true },
        { level: 2, workingDaysAfter: 3, audience: ['leadership'], critical: true },
      ],
    },
    // 要素保障: the unit responsible for the factor answers; the coordinator (统筹推进) follows up on a late answer.
    factorAnswer: {
      before: [
        { workingDaysBefore: 3, audience: ['responsible-units'] },
        { workingDaysBefore: 1, audience: ['responsible-units'] },
      ],
      atDeadline: { audience: ['responsible-units'] },
      escalations: [
        { level: 1, workingDaysAfter: 1, audience: ['responsible-units'], critical: true },
        { level: 2, workingDaysAfter: 3, audience: ['coordinator'], critical: true },
      ],
    },
  },
  leadership: ['场景培育和开放工作协调机制'],
};
