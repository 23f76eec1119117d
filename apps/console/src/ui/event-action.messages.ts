import { defineMessages } from '../i18n/messages';

export const messages = defineMessages('eventAction', {
  zh: {
    required: '必填',
    requiredHint: '标有“必填”的项须填写后才能办理。',
    missing: '请先填写“{field}”，再{action}。',
    reasonFor: '{label}（{action}）',
    reasonGiven: '您填写的理由：{reason}',
    noReason: '未填写理由。',
    confirmTitle: '确认{action}？',
    confirmButton: '确认{action}',
    finalGroup: '终结性操作（不可撤销）',
    finalGroupHint: '以下操作将结束流程，确认前会再次说明后果。',
  },
  en: {
    required: 'required',
    requiredHint: 'Fields marked “required” must be filled in before the action is sent.',
    missing: 'Fill in “{field}” first, then {action}.',
    reasonFor: '{label} ({action})',
    reasonGiven: 'Your reason: {reason}',
    noReason: 'No reason given.',
    confirmTitle: '{action}?',
    confirmButton: 'Yes, {action}',
    finalGroup: 'Final actions (cannot be undone)',
    finalGroupHint: 'These end the process; each asks again, naming the consequence, before it is sent.',
  },
});
