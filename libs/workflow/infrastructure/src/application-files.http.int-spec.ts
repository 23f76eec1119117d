import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopicName } from '@scq/contracts';
import { buildEnvelope, InProcessMessageBus } from '@scq/platform-messaging';
import { createLogger } from '@scq/platform-observability';
import { bootstrapHost, type RunningHost } from '@scq/platform-runtime';
import { callerHeaders, createTestDatabase, type TestDatabase } from '@scq/platform-testing';
import type { AttachmentScanner } from '@scq/workflow-application';
import { FsAttachmentStore } from './attachments/fs-attachment.store';
import { WorkflowModule } from './workflow.module';

// Bodies are checked field by field with expect(), so they are read untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const OWNER_UNIT = '市交通运输委';
const MIB = 1024 * 1024;
const PDF = (text = 'hello') => Buffer.from(`%PDF-1.7\n${text}\n%%EOF`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....[Content_Types].xml....word/document.xml....')]);
const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** A stand-in for ClamAV on the scanner hook: it finds the EICAR test signature. */
const eicarScanner: AttachmentScanner = { scan: async ({ bytes }) => (Buffer.from(bytes).includes(EICAR) ? { clean: false, reason: 'Eicar-Signature' } : { clean: true }) };

const CONTENT = {
  proposal: {
    title: { zh: '园区无人配送实施方案', en: 'Park unmanned delivery plan' },
    summary: { zh: '在两江新区园区开展无人配送试点。' },
    approach: { zh: '分三期建设：道路测试、示范运营、规模推广。', en: 'Three phases.' },
  },
  contact: { name: '张伟', phone: '13912345678', email: 'zhang.wei@example.cn' },
  team: { members: [{ name: '李娜', role: '技术负责人', organisation: '重庆某科技有限公司' }], capabilities: ['自动驾驶', '车路协同'] },
};

describe('application content and attachments over HTTP on PostgreSQL with the filesystem store', () => {
  let database: TestDatabase;
  let host: RunningHost;
  let storeDir: string;
  let scenarioId: string;
  const bus = new InProcessMessageBus();

  const person = (roles: string, unit: string | null, id: string) => callerHeaders({ id, roles: roles.split(','), unit });
  const officer = person('officer', OWNER_UNIT, 'officer-1');
  const outsider = person('officer', '市林业局', 'officer-forestry');
  const evaluator = person('evaluator', null, 'evaluator-1');
  const auditor = person('auditor', null, 'auditor-1');

  async function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: Json; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${host.url}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    return { status: response.status, headers: response.headers, bytes, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text };
  }

  async function upload(applicationId: string, headers: Record<string, string>, name: string, bytes: Buffer, type = 'application/octet-stream') {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    const response = await fetch(`${host.url}/api/workflow/applications/${applicationId}/attachments`, { method: 'POST', headers, body: form });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function deliver(topic: TopicName, type: string, subject: string, data: Record<string, unknown>): Promise<void> {
    const envelope = buildEnvelope('test', topic, type as never, { subject, data: data as never });
    await bus.publish([{ topic, key: subject, value: JSON.stringify(envelope) }]);
  }

  const send = (instanceId: string, headers: Record<string, string>, event: Record<string, unknown>) => call('POST', `/api/workflow/instances/${instanceId}/events`, headers, event);

  /** A scenario taken to 开放 through the events the registry and the evaluation service publish. */
  async function openScenario(): Promise<string> {
    const id = randomUUID();
    await deliver('registry.scenario.v1', 'registry.scenario.registered', id, { scenarioId: id, title: { zh: '园区无人配送' }, domainCode: 'unmanned-systems', ownerUnit: OWNER_UNIT, taxonomyVersion: '2025-draft', district: '两江新区', registeredAt: new Date().toISOString() });
    const instance = (await call('GET', `/api/workflow/scenarios/${id}`, officer)).body;
    await send(instance.id, officer, { type: 'startCultivation' });
    await send(instance.id, officer, { type: 'requestRecognition' });
    await deliver('evaluation.assessment.v1', 'evaluation.assessment.finalized', id, { assessmentId: randomUUID(), subject: { kind: 'scenario', id }, purpose: 'recognition', passed: true, explanation: '通过', finalizedAt: new Date().toISOString() });
    const listId = randomUUID();
    await deliver('registry.batch-list.v1', 'registry.batch-list.published', listId, { listId, number: `渝场景〔2026〕${Math.floor(Math.random() * 1e6)}号`, revision: 1, revisionOf: null, reason: null, scenarioIds: [id], added: [id], removed: [], publishedBy: 'coordinator-1', publishedAt: new Date().toISOString() });
    await deliver('registry.scenario.v1', 'registry.scenario.opportunity-published', id, { scenarioId: id, opportunityId: randomUUID(), publishedOn: '2026-05-01', publishedBy: 'officer-1', at: new Date().toISOString() });
    expect((await call('GET', `/api/workflow/scenarios/${id}`, officer)).body.stage).toBe('operating.open');
    return id;
  }

  /** A new applicant's application in draft: its lifecycle instance id and its application id. */
  async function draft(applicantId = `enterprise-${randomUUID().slice(0, 8)}`) {
    const applicant = person('applicant', null, applicantId);
    const created = await call('POST', '/api/workflow/applications', applicant, { scenarioId });
    expect(created.status).toBe(201);
    return { applicant, instanceId: created.body.id as string, applicationId: created.body.subjectId as string };
  }

  function storedFiles(): string[] {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [entry.name]));
    return walk(storeDir).filter((name) => !name.endsWith('.meta.json'));
  }

  beforeAll(async () => {
    database = await createTestDatabase('workflow_files');
    storeDir = mkdtempSync(join(tmpdir(), 'scq-files-test-'));
    host = await bootstrapHost({
      name: 'workflow-files-test',
      logger: createLogger('workflow-files-test', 'warn'),
      bus,
      port: 0,
      host: '127.0.0.1',
      modules: [WorkflowModule.register({ database: { url: database.url }, attachments: { store: new FsAttachmentStore(storeDir), scanner: eicarScanner } })],
    });
    scenarioId = await openScenario();
  });
  afterAll(async () => {
    await host?.close();
    await database?.drop();
    rmSync(storeDir, { recursive: true, force: true });
  });

  it('lets the applicant write the content of a draft; those who read the application read it; others 403', async () => {
    const { applicant, applicationId } = await draft('enterprise-content');
    const path = `/api/workflow/applications/${applicationId}/content`;
    expect((await call('GET', path, applicant)).body).toEqual({ applicationId, editable: true, content: null });

    const saved = await call('PUT', path, applicant, CONTENT);
    expect(saved.status).toBe(200);
    expect(saved.body.content).toMatchObject({ ...CONTENT, updatedBy: 'enterprise-content' });

    // The scenario's unit and the auditor read it (not editable for them); another unit, another applicant and an evaluator not on review: 403.
    expect((await call('GET', path, officer)).body).toMatchObject({ editable: false, content: { proposal: CONTENT.proposal } });
    expect((await call('GET', path, auditor)).status).toBe(200);
    for (const stranger of [outsider, person('applicant', null, 'enterprise-stranger'), evaluator]) {
      const refused = await call('GET', path, stranger);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'OUT_OF_SCOPE', message: expect.stringContaining('不在您的查看范围内') });
    }
    // Only the applicant writes: an officer is refused by the route's policy, another applicant by the scope.
    expect((await call('PUT', path, officer, CONTENT)).body.error).toMatchObject({ status: 403, code: 'FORBIDDEN_ROLE' });
    expect((await call('PUT', path, person('applicant', null, 'enterprise-stranger'), CONTENT)).body.error).toMatchObject({ status: 403, code: 'OUT_OF_SCOPE' });
    expect((await call('PUT', `/api/workflow/applications/${randomUUID()}/content`, applicant, CONTENT)).status).toBe(404);
  });

  it('validates the content field by field in both languages', async () => {
    const { applicant, applicationId } = await draft();
    const bad = await call('PUT', `/api/workflow/applications/${applicationId}/content`, applicant, {
      ...CONTENT,
      proposal: { ...CONTENT.proposal, title: { zh: '', en: 'Only English' } },
      contact: { name: '张伟', phone: '12345', email: 'not-an-email' },
    });
    expect(bad.status).toBe(400);
    const fields = Object.fromEntries(bad.body.error.fields.map((field: Json) => [field.path, field.message]));
    expect(fields).toMatchObject({
      'proposal.title.zh': expect.stringMatching(/请填写方案名称.*Chinese text is required/),
      'contact.phone': expect.stringMatching(/手机号.*mobile number/),
      'contact.email': expect.stringMatching(/邮箱.*email address/),
    });
    expect((await call('GET', `/api/workflow/applications/${applicationId}/content`, applicant)).body.content).toBeNull();
  });

  it('stores an upload, lists it and serves it under its Chinese name (RFC 5987) to those who read the application', async () => {
    const { applicant, applicationId } = await draft();
    const uploaded = await upload(applicationId, applicant, '申报书（2026）.pdf', PDF('申报书'), 'application/pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ fileName: '申报书（2026）.pdf', mediaType: 'application/pdf', size: PDF('申报书').length, uploadedBy: expect.any(String) });
    const docx = await upload(applicationId, applicant, '团队介绍.docx', DOCX);
    expect(docx.body).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

    const list = await call('GET', `/api/workflow/applications/${applicationId}/attachments`, officer);
    expect(list.body.items.map((item: Json) => item.fileName)).toEqual(['申报书（2026）.pdf', '团队介绍.docx']);
    expect(list.body.limits).toMatchObject({ maxBytes: 20 * MIB, maxFiles: 20 });

    const file = await call('GET', uploaded.body.download, officer);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(PDF('申报书'))).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="____2026_.pdf"; filename*=UTF-8''${encodeURIComponent('申报书（2026）.pdf')}`);
    expect((await call('GET', uploaded.body.download, outsider)).status).toBe(403);
    expect((await call('GET', `/api/workflow/applications/${applicationId}/attachments/${randomUUID()}`, applicant)).status).toBe(404);
  });

  it('refuses a file over 20 MiB, of a type it does not take by its bytes, or unlike its name, in both languages, storing nothing', async () => {
    const { applicant, applicationId } = await draft();
    const before = storedFiles().length;
    const expectRefused = async (name: string, bytes: Buffer, status: number, code: string, words: RegExp) => {
      const refused = await upload(applicationId, applicant, name, bytes);
      expect({ name, status: refused.status, code: refused.body.error?.code }).toEqual({ name, status, code });
      expect(refused.body.error.message).toMatch(words);
    };
    await expectRefused('大文件.pdf', Buffer.concat([PDF(), Buffer.alloc(20 * MIB + 1 - PDF().length)]), 413, 'ATTACHMENT_TOO_LARGE', /单个附件不超过 20 MiB.*at most 20 MiB/);
    await expectRefused('程序.pdf', Buffer.from('MZ\x90\x00 not a pdf'), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED', /只接受.*Only pdf/);
    await expectRefused('照片.pdf', PNG, 415, 'ATTACHMENT_TYPE_MISMATCH', /文件内容为 PNG.*content is PNG/);
    await expectRefused('说明.txt', PDF(), 415, 'ATTACHMENT_TYPE_MISMATCH', /与文件名.*does not declare/);
    await expectRefused('空.pdf', Buffer.alloc(0), 400, 'EMPTY_FILE', /文件为空 The file is empty/);
    await expectRefused('病毒.pdf', PDF(EICAR), 422, 'ATTACHMENT_REJECTED', /未通过安全检查.*Eicar-Signature/);
    expect((await call('GET', `/api/workflow/applications/${applicationId}/attachments`, applicant)).body.items).toEqual([]);
    expect(storedFiles().length).toBe(before);

    // A JSON body is not an upload.
    const json = await call('POST', `/api/workflow/applications/${applicationId}/attachments`, applicant, { file: 'x' });
    expect(json.body.error).toMatchObject({ status: 400, code: 'FILE_REQUIRED' });
  });

  it('takes at most 20 attachments per application', async () => {
    const { applicant, applicationId } = await draft();
    for (let i = 1; i <= 20; i++) expect((await upload(applicationId, applicant, `附件${i}.png`, PNG)).status).toBe(201);
    const refused = await upload(applicationId, applicant, '附件21.png', PNG);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'TOO_MANY_ATTACHMENTS', message: expect.stringMatching(/最多 20 个附件.*At most 20 attachments/) });
    expect((await call('GET', `/api/workflow/applications/${applicationId}/attachments`, applicant)).body.items).toHaveLength(20);
  });

  it('freezes content and attachments once submitted (409 naming the stage) and opens them again while returned for revision (补正)', async () => {
    const { applicant, instanceId, applicationId } = await draft();
    const contentPath = `/api/workflow/applications/${applicationId}/content`;
    expect((await call('PUT', contentPath, applicant, CONTENT)).status).toBe(200);
    const kept = (await upload(applicationId, applicant, '申报书.pdf', PDF())).body;
    const dropped = (await upload(applicationId, applicant, '旧版.pdf', PDF('old'))).body;
    expect((await call('DELETE', dropped.download, applicant)).status).toBe(204);
    expect((await call('GET', dropped.download, applicant)).status).toBe(404);

    expect((await send(instanceId, applicant, { type: 'submit' })).status).toBe(200);
    const frozen = await call('PUT', contentPath, applicant, CONTENT);
    expect(frozen.status).toBe(409);
    expect(frozen.body.error).toMatchObject({ code: 'APPLICATION_NOT_EDITABLE', message: expect.stringMatching(/「已提交」.*"Submitted"/) });
    expect((await upload(applicationId, applicant, '补充.pdf', PDF())).body.error).toMatchObject({ status: 409, code: 'APPLICATION_NOT_EDITABLE' });
    expect((await call('DELETE', kept.download, applicant)).body.error).toMatchObject({ status: 409, code: 'APPLICATION_NOT_EDITABLE' });
    expect((await call('GET', contentPath, applicant)).body.editable).toBe(false);

    expect((await send(instanceId, officer, { type: 'startScreening' })).status).toBe(200);
    expect((await send(instanceId, officer, { type: 'returnForRevision', reason: '缺少营业执照' })).status).toBe(200);
    expect((await call('GET', contentPath, applicant)).body.editable).toBe(true);
    expect((await call('PUT', contentPath, applicant, { ...CONTENT, contact: { ...CONTENT.contact, phone: '023-63891234' } })).status).toBe(200);
    expect((await upload(applicationId, applicant, '营业执照.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).status).toBe(201);
    expect((await call('DELETE', kept.download, applicant)).status).toBe(204);

    expect((await send(instanceId, applicant, { type: 'resubmit' })).status).toBe(200);
    expect((await call('PUT', contentPath, applicant, CONTENT)).body.error.message).toMatch(/「形式审查」.*"Formal screening"/);
    const files = (await call('GET', `/api/workflow/applications/${applicationId}/attachments`, officer)).body.items;
    expect(files.map((file: Json) => file.fileName)).toEqual(['营业执照.jpg']);
  });
});
