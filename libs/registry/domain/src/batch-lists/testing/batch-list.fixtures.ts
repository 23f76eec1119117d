import type { Scenario } from '../../scenario-registration';
import type { BatchList, BatchListItem, BatchListSnapshot } from '../batch-list';

/** Test data for the batch-list specs (not exported from the lib). */
export function scenarioFixture(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    title: { zh: '无人机城市巡检', en: 'Drone city inspection' },
    domainCode: 'unmanned-systems',
    ownerUnit: '市城市管理局',
    ownerType: 'municipal-department',
    tier: 'high-value-niche',
    taxonomyVersion: '2025-draft',
    tags: [],
    contacts: [],
    coOwnerUnits: [],
    aspectCode: 'new-fields-new-tracks',
    stage: 'listed',
    stageSequence: 4,
    stageChangedAt: new Date('2026-03-01T00:00:00Z'),
    registeredAt: new Date('2026-01-01T00:00:00Z'),
    registeredBy: null,
    registeredOnBehalf: false,
    profileRevision: 1,
    ...overrides,
  };
}

export function snapshotFixture(overrides: Partial<BatchListSnapshot> = {}): BatchListSnapshot {
  return {
    title: { zh: '无人机城市巡检', en: 'Drone city inspection' },
    taxonomyVersion: '2025-draft',
    aspectCode: 'new-fields-new-tracks',
    domainCode: 'unmanned-systems',
    domainName: { zh: '全空间无人体系领域', en: 'All-space unmanned systems' },
    ownerUnit: '市城市管理局',
    ownerType: 'municipal-department',
    tier: 'high-value-niche',
    district: null,
    stage: 'listed',
    ...overrides,
  };
}

export function itemFixture(scenarioId: string, overrides: Partial<BatchListItem> = {}): BatchListItem {
  return { scenarioId, note: null, category: null, snapshot: snapshotFixture(), ...overrides };
}

export function listFixture(overrides: Partial<BatchList> = {}): BatchList {
  const at = new Date('2026-04-01T02:00:00Z');
  return {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    number: '渝场景〔2026〕1号',
    title: { zh: '2026年第一批应用场景项目清单', en: '2026 batch 1 of application scenarios' },
    issuingUnit: '市发展改革委',
    issueDate: '2026-04-01',
    year: 2026,
    revision: 1,
    revisionOf: null,
    revisionReason: null,
    status: 'published',
    version: 3,
    createdBy: 'ndrc-1',
    createdAt: at,
    updatedAt: at,
    publishedBy: 'ndrc-1',
    publishedAt: at,
    supersededBy: null,
    supersededAt: null,
    items: [],
    ...overrides,
  };
}
