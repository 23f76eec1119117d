import { assertValidJobId } from '@scq/platform-scheduling';
import { inboxRecipients } from './inbox.service';
import { deliveryJobId, digestIdFor, digestJobId } from './notification-jobs';

describe('job ids', () => {
  it('are deterministic, valid for every scheduler, and never contain ":"', () => {
    const digestId = digestIdFor({ type: 'unit', id: '市发展改革委' }, '2026-03-10');
    expect(digestId).toBe(digestIdFor({ type: 'unit', id: '市发展改革委' }, '2026-03-10'));
    expect(digestId).not.toBe(digestIdFor({ type: 'user', id: '市发展改革委' }, '2026-03-10'));
    expect(digestId).toMatch(/^[0-9a-f]{24}\.2026-03-10$/);
    for (const jobId of [digestJobId(digestId), deliveryJobId('0b6f6c1e-52d5-4a51-9d0e-5c9a1d3f2b7e', 2)]) {
      expect(() => assertValidJobId(jobId)).not.toThrow();
      expect(jobId).not.toContain(':');
    }
  });
});

describe('inbox owners', () => {
  it("reads the unit's inbox and the person's own", () => {
    expect(inboxRecipients({ userId: 'u-1', unit: '市科技局' }, 'all')).toEqual([
      { type: 'unit', id: '市科技局' },
      { type: 'user', id: 'u-1' },
    ]);
    expect(inboxRecipients({ userId: 'u-1', unit: null }, 'unit')).toEqual([]);
    expect(inboxRecipients({ userId: 'u-1', unit: '市科技局' }, 'user')).toEqual([{ type: 'user', id: 'u-1' }]);
  });
});
