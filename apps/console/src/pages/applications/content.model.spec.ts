import { bodyOf, draftOf, type SavedContent } from './content.model';

const saved: SavedContent = {
  proposal: { title: { zh: '方案', en: 'Plan' }, summary: { zh: '摘要' }, approach: { zh: '实施' } },
  contact: { name: '王工', phone: '023-62345678', email: 'wang@example.com' },
  team: { capabilities: ['地磁检测', '视频识别'], members: [{ name: '李工', role: '算法' }] },
  updatedAt: '2026-12-06T13:00:00.000Z',
  updatedBy: 'demo-applicant',
};

describe('application content model', () => {
  it('sends back what it was given (a saved content round-trips through the form)', () => {
    const { updatedAt: _, updatedBy: __, ...content } = saved;
    expect(bodyOf(draftOf(saved))).toEqual(content);
  });

  it('trims, leaves out an empty English text, blank capability lines and empty member rows', () => {
    const draft = { ...draftOf(null), titleZh: ' 方案 ', titleEn: '  ', capabilities: '地磁检测\n\n 视频识别 \n', members: [{ name: '', role: '', organisation: '' }, { name: '李工', role: '算法', organisation: ' ' }] };
    const body = bodyOf(draft);
    expect(body.proposal.title).toEqual({ zh: '方案' });
    expect(body.team).toEqual({ capabilities: ['地磁检测', '视频识别'], members: [{ name: '李工', role: '算法' }] });
  });
});
