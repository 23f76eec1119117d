import { MESSAGE_TEMPLATES } from './message-templates.data';
import { renderEvaluatorRemovedNotice, renderEvaluatorRemovedNotices, type EvaluatorRemovedNoticeInput } from './notice-messages';

const input: EvaluatorRemovedNoticeInput = {
  recipient: '市发展改革委',
  title: { zh: '「园区无人配送」申报的专家评审', en: 'The expert review of the application for "Park unmanned delivery"' },
  evaluatorId: 'expert-robot',
  conflicts: [{ kind: 'same-organisation', party: '重庆机器人公司' }],
  scoresVoided: false,
  replacementId: 'expert-new',
  removedAt: new Date('2026-12-07T02:30:00Z'),
};

describe('the notice of an evaluator removed for a conflict of interest', () => {
  it('says in Chinese which assessment, who left and why, and who took the seat', () => {
    const { subject, body } = renderEvaluatorRemovedNotice('zh-CN', input);
    expect(subject).toBe('【评审专家调整】「园区无人配送」申报的专家评审：评审专家「expert-robot」因利益冲突退出评审组');
    expect(body).toContain('市发展改革委：');
    expect(body).toContain('评审专家「expert-robot」与当事方「重庆机器人公司」同属一个单位，已于 2026-12-07 10:30');
    expect(body).toContain('已按分配规则由评审专家「expert-new」接替。');
    expect(body).not.toContain('作废');
  });

  it('says the same in English', () => {
    const { subject, body } = renderEvaluatorRemovedNotice('en', input);
    expect(subject).toBe('[Panel change] The expert review of the application for "Park unmanned delivery": evaluator "expert-robot" removed for a conflict of interest');
    expect(body).toContain('Evaluator "expert-robot" works for "重庆机器人公司", a party, and left the panel');
    expect(body).toContain('Evaluator "expert-new" took the seat under the assignment policy.');
  });

  it('says when the scores were voided and when nobody could take the seat, in both languages', () => {
    const texts = renderEvaluatorRemovedNotices({ ...input, scoresVoided: true, replacementId: null, conflicts: [{ kind: 'parent-organisation', party: '重庆机电集团' }, { kind: 'unheard-of', party: 'x' }] });
    expect(texts['zh-CN'].body).toContain('所在单位是当事方「重庆机电集团」的上级单位；unheard-of「x」');
    expect(texts.en.body).toContain('works for a parent organisation of "重庆机电集团", a party; unheard-of "x"');
    expect(texts['zh-CN'].body).toContain('其已提交的评分作废，不计入评审结果。');
    expect(texts['zh-CN'].body).toContain('专家库中暂无可接替的专家，评估等待补足评审组');
    expect(texts.en.body).toContain('The scores they had submitted are void and do not count.');
    expect(texts.en.body).toContain('the assessment waits for its panel');
  });

  it('names evaluators whose id is a UUID (accounts from single sign-on) in words', () => {
    const texts = renderEvaluatorRemovedNotices({ ...input, evaluatorId: '3f0c9a52-8d1e-4b7a-9c3e-2a1b0c9d8e7f', replacementId: '7e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9' });
    expect(texts['zh-CN'].subject).toContain('：一位评审专家因利益冲突退出评审组');
    expect(texts['zh-CN'].body).toContain('已按分配规则由另一位评审专家接替。');
    expect(texts.en.body).toContain('An evaluator works for "重庆机器人公司"');
    expect(texts.en.body).toContain('Another evaluator took the seat');
  });

  it('has a template in every language', () => {
    for (const templates of Object.values(MESSAGE_TEMPLATES)) expect(templates['evaluator-removed'].subject).toContain('{{evaluator}}');
  });
});
