import { resolveAudience } from './audience';
import { DEFAULT_PREFERENCES, applyPreferencesUpdate, preferencesUpdateSchema, webhookReady } from './recipient-preferences';

describe('recipient preferences', () => {
  it('fills defaults for what an update leaves out', () => {
    expect(preferencesUpdateSchema.parse({})).toEqual({ language: 'zh-CN', email: { enabled: false, address: null }, webhook: { enabled: false, url: null }, digest: { enabled: false, at: '09:00' }, quietHours: null });
  });

  it('keeps the stored webhook secret unless a new one is given', () => {
    const stored = { ...DEFAULT_PREFERENCES, webhook: { enabled: true, url: 'https://a.example/h', secret: 'old-secret-0123456789' } };
    const kept = applyPreferencesUpdate(stored, preferencesUpdateSchema.parse({ webhook: { enabled: true, url: 'https://b.example/h' } }));
    expect(kept.webhook).toEqual({ enabled: true, url: 'https://b.example/h', secret: 'old-secret-0123456789' });
    expect(webhookReady(kept)).toBe(true);
    const rotated = applyPreferencesUpdate(stored, preferencesUpdateSchema.parse({ webhook: { enabled: true, url: 'https://b.example/h', secret: 'new-secret-0123456789' } }));
    expect(rotated.webhook.secret).toBe('new-secret-0123456789');
    expect(webhookReady(DEFAULT_PREFERENCES)).toBe(false);
  });

  it('refuses what cannot be used, field by field', () => {
    const result = preferencesUpdateSchema.safeParse({ email: { enabled: true, address: 'not-an-address' }, digest: { enabled: true, at: '9am' }, webhook: { enabled: false, secret: 'short' }, extra: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['', 'digest.at', 'email.address', 'webhook.secret']);
  });
});

describe('audiences', () => {
  const context = { responsibleUnits: ['市交通运输委', '市发展改革委'], coordinatorUnit: '市发展改革委', leadership: ['场景培育和开放工作协调机制'], applicantId: null };

  it('resolves each audience once, in order, and an unknown applicant to nobody', () => {
    expect(resolveAudience(['responsible-units', 'coordinator', 'applicant'], context)).toEqual([
      { type: 'unit', id: '市交通运输委' },
      { type: 'unit', id: '市发展改革委' },
    ]);
    expect(resolveAudience(['leadership', 'applicant'], { ...context, applicantId: 'enterprise-7' })).toEqual([
      { type: 'unit', id: '场景培育和开放工作协调机制' },
      { type: 'user', id: 'enterprise-7' },
    ]);
  });
});
