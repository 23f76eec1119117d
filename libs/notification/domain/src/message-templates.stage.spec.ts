import { MESSAGE_TEMPLATES, type MessageKind } from './message-templates.data';
import { renderEvaluatorRemovedNotices } from './notice-messages';
import { renderApplicationStageNotices } from './application-stage-notice';
import { renderDeadLetterNotices } from './dead-letter-notice';
import { containsUuid, renderDigestMessage, renderEmploymentRiskMessages, renderReminderMessages, renderSandboxBreachMessages, stageAfterEvent, type Addressee, type LocalizedText, type NoticeStage, type RenderedMessage } from './message-templates';
import { LANGUAGES, type Language } from './recipient-preferences';

/**
 * Every template of the catalogue says the stage the instance is in after the event that caused the notice. A case
 * per template: the event (the deadline's stage, and where the lifecycle moved when it left it) and the stage a
 * reader must see. A template added without a case fails here.
 */
interface StageCase {
  event: string;
  /** The stage the deadline was requested in. */
  deadline: NoticeStage & { deadline: string };
  /** What the lifecycle's cancellation said when it left the stage; null while the deadline is armed. */
  left: { stage?: string; stageLabel?: LocalizedText } | null;
  /** The stage a reader must see, or null for a message about no one stage. */
  expected: LocalizedText | null;
}

/** Ids as the services make them (UUIDs): link targets of a message, never in its text. */
const IDS = {
  subject: '5c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e',
  instance: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  evaluator: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  replacement: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
  applicant: 'c0ffee00-1234-4abc-8def-0123456789ab',
};

const RETURNED = { stage: 'returned', stageLabel: { zh: '退回补正', en: 'Returned for revision' } };
const SANDBOX = { stage: 'operating.piloting.sandbox', stageLabel: { zh: '沙盒监管', en: 'Regulatory sandbox' } };

const CASES: Record<string, StageCase[]> = {
  before: [{ event: 'a reminder while the application is returned', deadline: { ...RETURNED, deadline: 'revision' }, left: null, expected: RETURNED.stageLabel }],
  due: [
    {
      event: 'the revision period ended and the application was withdrawn',
      deadline: { ...RETURNED, deadline: 'revision' },
      left: { stage: 'withdrawn', stageLabel: { zh: '已撤回', en: 'Withdrawn' } },
      expected: { zh: '已撤回', en: 'Withdrawn' },
    },
    {
      event: 'the sandbox expired and its re-review began',
      deadline: { ...SANDBOX, deadline: 'sandboxExpiry' },
      left: { stage: 'operating.piloting.sandboxReview', stageLabel: { zh: '沙盒到期复审', en: 'Sandbox re-review' } },
      expected: { zh: '沙盒到期复审', en: 'Sandbox re-review' },
    },
    {
      event: 'a cancellation that names the stage but not its label',
      deadline: { ...RETURNED, deadline: 'revision' },
      left: { stage: 'withdrawn' },
      expected: { zh: '已撤回', en: 'withdrawn' },
    },
    { event: 'the deadline passed and the lifecycle stayed', deadline: { ...SANDBOX, deadline: 'sandboxExpiry' }, left: null, expected: SANDBOX.stageLabel },
  ],
  escalation: [{ event: 'overdue while the sandbox still runs', deadline: { ...SANDBOX, deadline: 'sandboxExpiry' }, left: null, expected: SANDBOX.stageLabel }],
  'sandbox-breach': [
    {
      event: 'a reading beyond its threshold moved the sandbox to its re-review',
      deadline: { ...SANDBOX, deadline: 'sandboxExpiry' },
      left: { stage: 'operating.piloting.sandboxReview', stageLabel: { zh: '沙盒复审（到期或指标越限）', en: 'Sandbox re-review (expired or an indicator beyond its threshold)' } },
      expected: { zh: '沙盒复审（到期或指标越限）', en: 'Sandbox re-review (expired or an indicator beyond its threshold)' },
    },
  ],
  // About a panel, not a lifecycle stage: it must name none.
  'evaluator-removed': [{ event: 'an evaluator taken off a panel for a conflict', deadline: { ...SANDBOX, deadline: 'scoring' }, left: null, expected: null }],
  // The applicant's notice of each change: the stage the application moved to (\`left\`), whatever moved it (\`deadline.deadline\`: the event).
  'application-stage': [
    { event: 'the applicant submitted', deadline: { stage: 'draft', stageLabel: null, deadline: 'submit' }, left: { stage: 'submitted', stageLabel: { zh: '已提交', en: 'Submitted' } }, expected: { zh: '已提交', en: 'Submitted' } },
    { event: 'the unit returned it for revision', deadline: { stage: 'screening', stageLabel: null, deadline: 'returnForRevision' }, left: RETURNED, expected: RETURNED.stageLabel },
    { event: 'the revision period ended', deadline: { ...RETURNED, deadline: 'deadline.reached' }, left: { stage: 'withdrawn', stageLabel: { zh: '已撤回', en: 'Withdrawn' } }, expected: { zh: '已撤回', en: 'Withdrawn' } },
    { event: 'the public notice ended without objection', deadline: { stage: 'publicNotice', stageLabel: null, deadline: 'deadline.reached' }, left: { stage: 'approved', stageLabel: { zh: '已批准', en: 'Approved' } }, expected: { zh: '已批准', en: 'Approved' } },
  ],
  // About a message that died in a service, not a lifecycle stage: it must name none.
  'dead-letter': [{ event: 'a consumer gave up on a message', deadline: { ...SANDBOX, deadline: 'replay' }, left: null, expected: null }],
  // About a scenario's employment figures of a period, not a lifecycle stage: it must name none.
  'employment-risk': [{ event: 'a period’s figures beyond a threshold', deadline: { ...SANDBOX, deadline: 'report' }, left: null, expected: null }],
  digest: [{ event: 'a day of reminders, each its own subject line', deadline: { ...SANDBOX, deadline: 'sandboxExpiry' }, left: null, expected: null }],
};

/** The stage every template names, by one phrasing per language (`「…」阶段` / `阶段「…」`, `stage "…"`). */
function stagesNamed(language: Language, message: RenderedMessage): string[] {
  const text = `${message.subject}\n${message.body}`;
  const pattern = language === 'zh-CN' ? /(?:处于|阶段)「([^」]+)」/g : /stage (?:is )?(?:still )?"([^"]+)"/g;
  return [...text.matchAll(pattern)].map((match) => match[1]);
}

function render(kind: MessageKind, c: StageCase, to: (unit: string) => Addressee = (unit) => unit): Record<Language, RenderedMessage> {
  if (kind === 'digest') {
    const items = [{ subject: `【到期】「园区无人配送」：${c.deadline.stageLabel?.zh}`, createdAt: new Date('2026-03-10T01:00:00Z') }];
    return { 'zh-CN': renderDigestMessage('zh-CN', { recipient: to('市科技局'), date: '2026-03-10', items }), en: renderDigestMessage('en', { recipient: to('市科技局'), date: '2026-03-10', items }) };
  }
  if (kind === 'evaluator-removed') {
    return renderEvaluatorRemovedNotices({
      recipient: to('市发展改革委'),
      title: { zh: '「园区无人配送」认定评估', en: '"Park unmanned delivery" recognition' },
      evaluatorId: IDS.evaluator,
      conflicts: [{ kind: 'same-organisation', party: '重庆某科技有限公司' }],
      scoresVoided: false,
      replacementId: IDS.replacement,
      removedAt: new Date('2026-03-10T02:00:00Z'),
    });
  }
  if (kind === 'dead-letter') {
    return renderDeadLetterNotices({
      recipient: to('平台管理员'),
      service: 'application-workflow',
      consumer: 'workflow.scenario-projection',
      topic: 'registry.scenario.v1',
      eventType: 'registry.scenario.registered',
      attempts: 4,
      reason: 'handler failed after 4 attempts: relation "scenario_projection" does not exist',
      failedAt: new Date('2026-03-10T02:00:00Z'),
    });
  }
  if (kind === 'application-stage') {
    return renderApplicationStageNotices({
      recipient: 'enterprise-7',
      title: { zh: '「园区无人配送」的申报', en: 'The application for "Park unmanned delivery"' },
      stage: c.left?.stageLabel ?? { zh: '', en: '' },
      event: c.deadline.deadline,
      to: c.left?.stage ?? '',
      reason: c.left?.stage === 'returned' ? '缺少营业执照' : null,
      subjectId: 'b5c4',
      instanceId: 'i-1',
    });
  }
  if (kind === 'employment-risk') {
    return renderEmploymentRiskMessages({
      title: { zh: '「无人码头装卸」', en: '"Unmanned wharf handling"' },
      period: '2026-02',
      ownerUnit: '市交通运输委',
      jobsCreated: 0,
      jobsDisplaced: 6,
      breaches: [{ name: { zh: '农民工群体岗位替代比例', en: 'Share of a group’s jobs displaced: Migrant workers' }, measure: 'basis-points', value: 600, threshold: 500 }],
      recipient: to('市人力社保局'),
    });
  }
  if (kind === 'sandbox-breach') {
    return renderSandboxBreachMessages({
      title: { zh: '「园区无人配送」', en: '"Park unmanned delivery"' },
      stage: c.left?.stageLabel ?? { zh: '', en: '' },
      indicator: { name: { zh: '事故率', en: 'Incident rate' }, unit: '%', threshold: { max: 0.5 } },
      value: 1.2,
      observedOn: '2026-03-10',
      note: null,
      responsibleUnits: ['市交通运输委'],
      recipient: to('市交通运输委'),
    });
  }
  const stage = stageAfterEvent(c.deadline, c.left);
  return renderReminderMessages({
    kind: kind as 'before' | 'due' | 'escalation',
    title: { zh: '「园区无人配送」', en: '"Park unmanned delivery"' },
    deadline: c.deadline.deadline,
    ...stage,
    dueAt: new Date('2026-03-13T09:30:00Z'),
    workingDays: kind === 'due' ? 0 : 2,
    level: kind === 'escalation' ? 1 : null,
    responsibleUnits: ['市交通运输委'],
    recipient: to('市交通运输委'),
    subjectId: IDS.subject,
    instanceId: IDS.instance,
  });
}

describe('every message template names the stage after the event', () => {
  const kinds = new Set(LANGUAGES.flatMap((language) => Object.keys(MESSAGE_TEMPLATES[language])));

  it('has a case for every template of every language', () => {
    expect([...kinds].filter((kind) => !Object.hasOwn(CASES, kind) || CASES[kind].length === 0)).toEqual([]);
  });

  for (const kind of kinds) {
    for (const c of CASES[kind] ?? []) {
      it(`${kind}: ${c.event}`, () => {
        const messages = render(kind as MessageKind, c);
        for (const language of LANGUAGES) {
          const expected = c.expected ? [language === 'zh-CN' ? c.expected.zh : c.expected.en] : [];
          expect({ language, stages: stagesNamed(language, messages[language]) }).toEqual({ language, stages: expected });
        }
      });
    }
  }
});

describe('no message shows an id', () => {
  const kinds = new Set(LANGUAGES.flatMap((language) => Object.keys(MESSAGE_TEMPLATES[language])));
  const addressees: Array<[string, (unit: string) => Addressee]> = [
    ['a unit', (unit) => ({ type: 'unit', id: unit })],
    ['a person known by a UUID', () => ({ type: 'user', id: IDS.applicant })],
  ];

  for (const kind of kinds) {
    for (const [who, to] of addressees) {
      it(`${kind} to ${who}: subject and body name things in words, whatever ids the message links to`, () => {
        for (const c of CASES[kind] ?? []) {
          const messages = render(kind as MessageKind, c, to);
          for (const language of LANGUAGES) {
            const { subject, body } = messages[language];
            expect({ kind, language, subject: containsUuid(subject), body: containsUuid(body) }).toEqual({ kind, language, subject: false, body: false });
          }
        }
      });
    }
  }

  it('recognises a UUID wherever it is in a text', () => {
    expect(containsUuid(`编号：${IDS.subject}（流程实例）`)).toBe(true);
    expect(containsUuid('评审专家「expert-robot」')).toBe(false);
  });
});
