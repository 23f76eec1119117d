import { MESSAGE_TEMPLATES } from './message-templates.data';
import { applicationTitle, assessmentTitle, fallbackTitle, renderDigestMessage, renderReminderMessage, renderReminderMessages, renderSandboxBreachMessages, renderTemplate, type ReminderMessageInput } from './message-templates';
import { LANGUAGES } from './recipient-preferences';

const input: ReminderMessageInput = {
  kind: 'before',
  title: { zh: '「园区无人配送」', en: '"Park unmanned delivery"' },
  deadline: 'revision',
  stage: 'returned',
  dueAt: new Date('2026-03-13T09:30:00Z'),
  workingDays: 3,
  level: null,
  responsibleUnits: ['市交通运输委', '市城市管理局'],
  recipient: '市交通运输委',
  subjectId: 'b5c4',
  instanceId: 'i-1',
};

describe('message templates', () => {
  it('names the sandbox indicator, its value, threshold and unit in both languages', () => {
    const breach = {
      title: { zh: '「园区无人配送」', en: '"Park unmanned delivery"' },
      stage: { zh: '沙盒复审（到期或指标越限）', en: 'Sandbox re-review (expired or an indicator beyond its threshold)' },
      indicator: { name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90, max: 100 } },
      value: 82.5,
      observedOn: '2026-12-01',
      note: null,
      responsibleUnits: ['市交通运输委'],
      recipient: '市交通运输委',
    };
    const { 'zh-CN': zh, en } = renderSandboxBreachMessages(breach);
    expect(zh.subject).toBe('【沙盒指标越限】「园区无人配送」：准点率 82.5%（阈值 下限 90%，上限 100%）');
    expect(zh.body).toBe(
      '市交通运输委：\n「园区无人配送」的沙盒监测指标「准点率」于 2026-12-01 的读数为 82.5%，超出阈值（下限 90%，上限 100%），场景当前处于「沙盒复审（到期或指标越限）」，请复审后续期或退出沙盒。\n' +
        '责任单位：市交通运输委',
    );
    expect(en.subject).toBe('[Sandbox indicator beyond threshold] "Park unmanned delivery": On-time rate 82.5 % (threshold min 90 %, max 100 %)');
    expect(renderSandboxBreachMessages({ ...breach, note: '设备故障' }).en.body).toContain('\nNote: 设备故障\nResponsible units: 市交通运输委');
  });

  it('renders a reminder in Chinese with the deadline, stage and due time in Asia/Shanghai', () => {
    expect(renderReminderMessage('zh-CN', input)).toEqual({
      subject: '【提醒】「园区无人配送」：补正材料期限还剩 3 个工作日',
      body:
        '市交通运输委：\n「园区无人配送」当前处于「补正」阶段，补正材料期限将于 2026-03-13 17:30（北京时间）到期，还剩 3 个工作日，请及时办理。\n' +
        '责任单位：市交通运输委、市城市管理局',
    });
  });

  it('says in both languages when the deadline was counted in a year without an official holiday notice', () => {
    const zh = renderReminderMessage('zh-CN', { ...input, dueAt: new Date('2027-01-05T09:30:00Z'), unofficialYears: [2027] });
    expect(zh.body).toContain('到期');
    expect(zh.body.split('\n').at(-1)).toBe('注意：尚无 2027 年的官方节假日安排，此期限按周一至周五推算，节假日公布后可能调整。');
    expect(renderReminderMessage('en', { ...input, unofficialYears: [2027, 2028] }).body).toContain('no official holiday notice for 2027, 2028 yet; this deadline was counted Monday–Friday');
    expect(renderReminderMessage('en', { ...input, unofficialYears: [] }).body).not.toContain('official holiday notice');
  });

  it('renders an escalation in English', () => {
    const { subject, body } = renderReminderMessage('en', { ...input, kind: 'escalation', workingDays: 5, level: 3, stage: 'operating.piloting.sandbox', deadline: 'sandboxExpiry' });
    expect(subject).toBe('[Escalation level 3] "Park unmanned delivery": regulatory sandbox period overdue by 5 working day(s)');
    expect(body).toContain('"Park unmanned delivery": the regulatory sandbox period ended on');
    expect(body).toContain('ended on 2026-03-13 17:30 (Asia/Shanghai)');
    expect(body).toContain('the stage is still "regulatory sandbox"');
    expect(body).toContain('Responsible units: 市交通运输委, 市城市管理局');
  });

  it('gives every template of every language the variables it names', () => {
    for (const language of LANGUAGES) {
      for (const kind of ['before', 'due', 'escalation'] as const) expect(() => renderReminderMessage(language, { ...input, kind, level: 1 })).not.toThrow();
      expect(renderDigestMessage(language, { recipient: 'x', date: '2026-03-10', items: [] }).subject).toContain('0');
    }
    expect(Object.keys(MESSAGE_TEMPLATES).sort()).toEqual([...LANGUAGES].sort());
    expect(() => renderTemplate({ subject: '{{missing}}', body: '' }, {})).toThrow('{{missing}}');
  });

  it('shows unknown deadline and stage names as they are, and names subjects whose title is not known', () => {
    const custom = renderReminderMessages({ ...input, deadline: 'customDeadline', stage: 'x.y.custom' })['zh-CN'];
    expect(custom.subject).toBe('【提醒】「园区无人配送」：customDeadline还剩 3 个工作日');
    expect(custom.body).toContain('当前处于「x.y.custom」阶段');
    expect(fallbackTitle('application-lifecycle')).toEqual({ zh: '一项申报（名称尚未同步）', en: 'An application (name not known yet)' });
    expect(fallbackTitle('scenario-lifecycle')).toEqual({ zh: '一个场景（名称尚未同步）', en: 'A scenario (name not known yet)' });
    expect(fallbackTitle('assessment-lifecycle', { subject: { kind: 'scenario', id: 's' }, purpose: 'recognition' })).toEqual({ zh: '一项认定评估（名称尚未同步）', en: 'A recognition assessment (name not known yet)' });
    expect(applicationTitle({ zh: '智慧工地', en: 'Smart site' })).toEqual({ zh: '「智慧工地」的申报', en: 'The application for "Smart site"' });
    expect(applicationTitle({ zh: '智慧工地', en: 'Smart site' }, '重庆机器人公司')).toEqual({ zh: '重庆机器人公司对「智慧工地」的申报', en: 'The application of 重庆机器人公司 for "Smart site"' });
  });

  it('names an assessment by its purpose and what it assesses', () => {
    const scenario = { zh: '智慧工地', en: 'Smart site' };
    expect(assessmentTitle('recognition', { kind: 'scenario', scenario })).toEqual({ zh: '「智慧工地」的认定评估', en: 'The recognition assessment of "Smart site"' });
    expect(assessmentTitle('effectiveness', { kind: 'scenario', scenario })).toEqual({ zh: '「智慧工地」的成效评估', en: 'The effectiveness evaluation of "Smart site"' });
    expect(assessmentTitle('application-review', { kind: 'application', scenario })).toEqual({ zh: '「智慧工地」申报的专家评审', en: 'The expert review of the application for "Smart site"' });
    expect(assessmentTitle('application-review', { kind: 'application', scenario, applicant: '重庆机器人公司' })).toEqual({
      zh: '重庆机器人公司对「智慧工地」的申报的专家评审',
      en: 'The expert review of the application of 重庆机器人公司 for "Smart site"',
    });
  });

  it('says the stage by the machine’s own name when the request gave it, else by the deepest named segment of its id', () => {
    const given = renderReminderMessages({ ...input, stage: 'scoring.overdue', stageLabel: { zh: '评分逾期', en: 'Scoring overdue' } });
    expect(given['zh-CN'].body).toContain('当前处于「评分逾期」阶段');
    expect(given.en.body).toContain('is at the stage "Scoring overdue"');
    // No label given: `onTime` has no name of its own here, its parent `scoring` has.
    expect(renderReminderMessages({ ...input, stage: 'scoring.onTime' })['zh-CN'].body).toContain('当前处于「评分」阶段');
  });

  it('addresses a unit by its name and a person politely, never by their id', () => {
    const toPerson = renderReminderMessages({ ...input, recipient: { type: 'user', id: '0b6f1c9e-7a41-4c1e-9d2a-5f3e8b7c6d5a' } });
    expect(toPerson['zh-CN'].body.split('\n')[0]).toBe('您好：');
    expect(toPerson.en.body.split('\n')[0]).toBe('Hello,');
    expect(renderReminderMessages({ ...input, recipient: { type: 'unit', id: '市林业局' } }).en.body.split('\n')[0]).toBe('To 市林业局,');
  });

  it('bundles a digest with one numbered line per message and its time', () => {
    const digest = renderDigestMessage('zh-CN', {
      recipient: '市科技局',
      date: '2026-03-10',
      items: [
        { subject: '【提醒】A', createdAt: new Date('2026-03-10T01:00:00Z') },
        { subject: '【到期】B', createdAt: new Date('2026-03-10T06:30:00Z') },
      ],
    });
    expect(digest).toEqual({ subject: '【每日汇总】2026-03-10 共 2 条提醒', body: '市科技局：\n以下是 2026-03-10 的 2 条提醒（时间均为北京时间）：\n1. [09:00] 【提醒】A\n2. [14:30] 【到期】B' });
  });
});
