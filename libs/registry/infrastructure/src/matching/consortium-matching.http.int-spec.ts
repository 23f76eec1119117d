import { randomUUID } from 'node:crypto';
import { buildEnvelope } from '@scq/platform-messaging';
import { startRegistryTestHost, type Engine, type Json, type RegistryTestHost } from '../opportunities/testing/registry-http.testing';

const CHANGAN = { organisation: '长安汽车', kind: 'enterprise', role: 'member', contribution: '整车与示范运营' } as const;
const CQU = { organisation: '重庆大学', kind: 'university', role: 'lead', contribution: '感知算法' } as const;

/** The workflow's `workflow.consortium.changed`, as it would tell it. */
function consortiumChanged(consortiumId: string, version: number, members: Json[], name = '林区防火场景创新联合体'): Json {
  return { consortiumId, name: { zh: name, en: 'Forest fire consortium' }, leadOrganisation: members.find((m: Json) => m.role === 'lead').organisation, members, version, at: new Date().toISOString() };
}

describe.each<[string, Engine]>([
  ['PostgreSQL', 'postgres'],
  ['PGlite', 'pglite'],
])('consortia in supplier matching (场景创新联合体) over HTTP on %s', (_name, engine) => {
  let host: RegistryTestHost;

  async function tell(data: Json, eventId?: string): Promise<void> {
    const envelope = buildEnvelope('test', 'workflow.consortium.v1', 'workflow.consortium.changed', { subject: data.consortiumId, data });
    await host.bus.publish([{ topic: 'workflow.consortium.v1', key: data.consortiumId, value: JSON.stringify(eventId ? { ...envelope, id: eventId } : envelope) }]);
  }

  async function stored(consortiumId: string): Promise<Json> {
    const { rows } = await host.db.query<Json>('SELECT name_zh, lead_organisation, members, version FROM registry.consortium WHERE consortium_id = $1', [consortiumId]);
    return rows[0] ?? null;
  }

  beforeAll(async () => {
    host = await startRegistryTestHost(engine, 'consortium_matching');
  });
  afterAll(() => host?.close());

  it('keeps each consortium’s newest membership from workflow.consortium.changed: an older or repeated event changes nothing', async () => {
    const id = randomUUID();
    await tell(consortiumChanged(id, 1, [CQU, CHANGAN]));
    expect(await stored(id)).toMatchObject({ name_zh: '林区防火场景创新联合体', lead_organisation: '重庆大学', version: 1 });
    const third = consortiumChanged(id, 3, [CQU]);
    third.members.push({ ...CHANGAN, organisation: '中国汽车工程研究院', kind: 'research-institute' });
    await tell(third);
    // Version 2 arrives late: version 3 stays.
    await tell(consortiumChanged(id, 2, [CQU, CHANGAN, { ...CHANGAN, organisation: '重庆邮电大学' }]));
    const kept = await stored(id);
    expect(kept.version).toBe(3);
    expect(kept.members.map((m: Json) => m.organisation)).toEqual(['重庆大学', '中国汽车工程研究院']);
    // The same event twice is handled once.
    const eventId = randomUUID();
    const other = randomUUID();
    await tell(consortiumChanged(other, 1, [CQU, CHANGAN], '另一联合体'), eventId);
    await tell(consortiumChanged(other, 1, [CQU, CHANGAN], '另一联合体'), eventId);
    expect((await stored(other)).name_zh).toBe('另一联合体');
    expect(await host.count('consortium')).toBe(2);
  });
});
