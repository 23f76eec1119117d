import { eventTypeName, renderDeadLetterNotices, serviceName, topicName } from './dead-letter-notice';

describe('the notice of a dead letter', () => {
  const input = {
    recipient: '平台管理员',
    service: 'evaluation',
    consumer: 'evaluation.assessment-requested',
    topic: 'workflow.assessment.v1',
    eventType: 'workflow.assessment.requested',
    attempts: 4,
    reason: 'handler failed after 4 attempts: panel policy missing',
    failedAt: new Date('2026-03-10T02:00:00Z'),
  };

  it('names the service, the topic and the kind of message in words, in both languages, with the time in Beijing', () => {
    const { 'zh-CN': zh, en } = renderDeadLetterNotices(input);
    expect(zh.subject).toBe('【消息处理失败】评估服务无法处理「评估请求」');
    expect(zh.body).toContain('平台管理员：\n评估服务的消费者「evaluation.assessment-requested」在尝试 4 次后放弃了评估请求事件（workflow.assessment.v1）中的一条「评估请求」消息（2026-03-10 10:00');
    expect(zh.body).toContain('原因：handler failed after 4 attempts: panel policy missing');
    expect(en.subject).toBe('[Message failed] A "assessment requested" message died in the evaluation service');
    expect(en.body).toContain('from the assessment request events (workflow.assessment.v1) after 4 attempts');
  });

  it('says what it cannot name as it is, and an unreadable message as such', () => {
    expect(serviceName('billing')).toEqual({ zh: '服务「billing」', en: 'service "billing"' });
    expect(topicName('billing.invoice.v1')).toEqual({ zh: '主题「billing.invoice.v1」', en: 'topic "billing.invoice.v1"' });
    expect(eventTypeName(null)).toEqual({ zh: '无法解析的消息', en: 'unreadable message' });
    const long = renderDeadLetterNotices({ ...input, eventType: null, reason: 'x'.repeat(1000) });
    expect(long['zh-CN'].subject).toBe('【消息处理失败】评估服务无法处理「无法解析的消息」');
    expect(long.en.body).toContain(`${'x'.repeat(300)}…`);
    expect(long.en.body).not.toContain('x'.repeat(301));
  });
});
