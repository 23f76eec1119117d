/** A route of one service that takes a JSON body, the caller allowed to use it, and a body missing a required field. */
interface ServiceProbe {
  service: string;
  bodyRoute: { method: 'POST' | 'PUT'; path: string; caller: Record<string, string>; missingField: { body: unknown; path: string } };
  idRoute: { method: 'GET' | 'POST'; path: (id: string) => string; param: string };
  listPath: string;
  guardedRoute: { method: 'GET' | 'POST'; path: string };
  /** Reads that need sign-in (401 without it): every read but the public portal's. */
  guardedReads: string[];
  /** The public portal: reads that answer anonymous callers (published batch lists, opportunities, demand lists, matchmaking events). */
  portalReads: string[];
  unknownRoute: { method: string; path: string };
}

const coordinator = { 'x-user-id': 'coordinator-1', 'x-user-roles': 'coordinator', 'x-user-unit': encodeURIComponent('市发展改革委') };
const applicant = { 'x-user-id': 'enterprise-1', 'x-user-roles': 'applicant' };

/** One probe per service behind the gateway. */
export const SERVICE_PROBES: ServiceProbe[] = [
  {
    service: 'scenario-registry',
    bodyRoute: { method: 'POST', path: '/api/scenarios', caller: coordinator, missingField: { body: { title: { zh: '场景' }, ownerUnit: '市发展改革委' }, path: 'domainCode' } },
    idRoute: { method: 'GET', path: (id) => `/api/scenarios/${id}`, param: 'id' },
    listPath: '/api/scenarios',
    guardedRoute: { method: 'POST', path: '/api/opportunities' },
    guardedReads: ['/api/scenarios', '/api/taxonomy', '/api/search/scenarios?q=x', '/api/targets/2026'],
    portalReads: ['/api/batch-lists', '/api/opportunities', '/api/demand-lists', '/api/matchmaking-events'],
    unknownRoute: { method: 'DELETE', path: '/api/scenarios' },
  },
  {
    service: 'application-workflow',
    bodyRoute: { method: 'POST', path: '/api/workflow/applications', caller: applicant, missingField: { body: {}, path: 'scenarioId' } },
    idRoute: { method: 'GET', path: (id) => `/api/workflow/instances/${id}`, param: 'id' },
    listPath: '/api/workflow/instances',
    guardedRoute: { method: 'POST', path: '/api/workflow/applications' },
    guardedReads: ['/api/workflow/instances', '/api/workflow/machines', '/api/workflow/machines/scenario-lifecycle/statechart'],
    portalReads: [],
    unknownRoute: { method: 'DELETE', path: '/api/workflow/machines' },
  },
  {
    service: 'evaluation',
    bodyRoute: { method: 'POST', path: '/api/evaluation/evaluators', caller: coordinator, missingField: { body: {}, path: 'name' } },
    idRoute: { method: 'GET', path: (id) => `/api/evaluation/assessments/${id}`, param: 'id' },
    listPath: '/api/evaluation/assessments',
    guardedRoute: { method: 'GET', path: '/api/evaluation/assignments/mine' },
    guardedReads: ['/api/evaluation/rubrics', '/api/evaluation/assessments'],
    portalReads: [],
    unknownRoute: { method: 'DELETE', path: '/api/evaluation/rubrics' },
  },
  {
    service: 'notification',
    bodyRoute: { method: 'PUT', path: '/api/notifications/preferences', caller: coordinator, missingField: { body: { email: { address: null } }, path: 'email.enabled' } },
    idRoute: { method: 'POST', path: (id) => `/api/notifications/inbox/${id}/read`, param: 'id' },
    listPath: '/api/notifications/inbox',
    guardedRoute: { method: 'GET', path: '/api/notifications/inbox' },
    guardedReads: ['/api/notifications/inbox', '/api/notifications/deadlines'],
    portalReads: [],
    unknownRoute: { method: 'DELETE', path: '/api/notifications/inbox' },
  },
];

interface ErrorReply {
  status: number;
  body: { error: { status: number; code: string; message: string; fields?: Array<{ path: string; message: string }> }; requestId: string };
}

const CHINESE = /[\u4e00-\u9fff]/;
const ENGLISH = /[A-Za-z]{3,}/;
const RAW_ZOD = /Invalid input|expected \w+, received|Unrecognized key|Too (big|small)/;

async function send(baseUrl: string, method: string, path: string, init: { headers?: Record<string, string>; body?: string } = {}): Promise<ErrorReply> {
  const response = await fetch(`${baseUrl}${path}`, { method, headers: init.headers, body: init.body });
  const text = await response.text();
  let body: ErrorReply['body'];
  try {
    body = JSON.parse(text) as ErrorReply['body'];
  } catch {
    throw new Error(`${method} ${path} → ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  return { status: response.status, body };
}

/** The documented error shape, both languages, a request id; the status and code expected; no raw zod wording. */
function expectErrorShape(label: string, reply: ErrorReply, status: number, code: string | RegExp, field?: string): void {
  const { error, requestId } = reply.body;
  const seen = { label, status: reply.status, code: error?.code, requestId: typeof requestId, errorStatus: error?.status };
  expect(seen).toEqual({ label, status, code: typeof code === 'string' ? code : expect.stringMatching(code), requestId: 'string', errorStatus: status });
  expect({ label, chinese: CHINESE.test(error.message), english: ENGLISH.test(error.message) }).toEqual({ label, chinese: true, english: true });
  for (const f of error.fields ?? []) expect({ label, path: f.path, raw: RAW_ZOD.test(f.message), chinese: CHINESE.test(f.message) }).toEqual({ label, path: f.path, raw: false, chinese: true });
  if (field) expect({ label, fields: (error.fields ?? []).map((f) => f.path) }).toEqual({ label, fields: expect.arrayContaining([field]) });
}

/**
 * Every kind of malformed request, sent to every service through the gateway (or the embedded host): malformed JSON,
 * a non-UUID id, an unknown route, a body without a JSON content type, a missing required field, a NUL and a lone
 * surrogate in a string, a body nested thousands deep, a body over the limit and a guarded route or read without
 * sign-in — each answered in the one error shape with both languages and a request id. The public portal's reads
 * still answer anonymous callers.
 */
export async function expectMalformedRequestsRefused(baseUrl: string): Promise<void> {
  for (const probe of SERVICE_PROBES) {
    const { method, path, caller, missingField } = probe.bodyRoute;
    const json = { 'content-type': 'application/json', ...caller };
    const at = (kind: string) => `${probe.service}: ${kind}`;

    expectErrorShape(at('malformed JSON'), await send(baseUrl, method, path, { headers: json, body: '{"title": {"zh": "场景"' }), 400, 'MALFORMED_JSON');
    expectErrorShape(at('no content type'), await send(baseUrl, method, path, { headers: { ...caller, 'content-type': 'text/plain' }, body: '{}' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectErrorShape(at('missing body'), await send(baseUrl, method, path, { headers: json }), 400, /^(BODY_REQUIRED|VALIDATION_FAILED)$/);
    expectErrorShape(at('missing field'), await send(baseUrl, method, path, { headers: json, body: JSON.stringify(missingField.body) }), 400, 'VALIDATION_FAILED', missingField.path);
    expectErrorShape(at('NUL'), await send(baseUrl, method, path, { headers: json, body: JSON.stringify({ note: { zh: 'a\u0000b' } }) }), 400, 'INVALID_CHARACTERS', 'note.zh');
    expectErrorShape(at('lone surrogate'), await send(baseUrl, method, path, { headers: json, body: '{"ownerUnit": "\\ud800局"}' }), 400, 'INVALID_CHARACTERS', 'ownerUnit');
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expectErrorShape(at('deep nesting'), await send(baseUrl, method, path, { headers: json, body: `{"title": ${deep}}` }), 400, 'TOO_DEEP');
    expectErrorShape(at('too large'), await send(baseUrl, method, path, { headers: json, body: JSON.stringify({ title: { zh: '场'.repeat(1_200_000) } }) }), 413, 'PAYLOAD_TOO_LARGE');
    expectErrorShape(at('non-UUID id'), await send(baseUrl, probe.idRoute.method, probe.idRoute.path('not-a-uuid'), { headers: caller }), 400, 'VALIDATION_FAILED', probe.idRoute.param);
    expectErrorShape(at('unknown route'), await send(baseUrl, probe.unknownRoute.method, probe.unknownRoute.path, { headers: caller }), 404, 'ROUTE_NOT_FOUND');
    expectErrorShape(at('NUL in query'), await send(baseUrl, 'GET', `${probe.listPath}?q=%00`, { headers: caller }), 400, 'INVALID_CHARACTERS', 'q');
    expectErrorShape(at('no sign-in'), await send(baseUrl, probe.guardedRoute.method, probe.guardedRoute.path, { headers: { 'content-type': 'application/json' }, body: probe.guardedRoute.method === 'GET' ? undefined : '{}' }), 401, 'UNAUTHENTICATED');
    for (const path of probe.guardedReads) expectErrorShape(at(`anonymous read of ${path}`), await send(baseUrl, 'GET', path), 401, 'UNAUTHENTICATED');
    for (const path of probe.portalReads) {
      const response = await fetch(`${baseUrl}${path}`);
      expect({ label: at(`anonymous portal read of ${path}`), status: response.status }).toEqual({ label: at(`anonymous portal read of ${path}`), status: 200 });
    }
  }
}
