import { z } from 'zod';
import type { ApiRouteDoc } from './api-route.decorator';
import { responseContractProblem } from './response-contract.interceptor';

describe('an answer checked against its API document', () => {
  const scenario = z.object({ id: z.string(), title: z.object({ zh: z.string() }), tags: z.array(z.object({ name: z.string() })), note: z.string().optional() });
  const doc: ApiRouteDoc = {
    summary: '场景 Scenario',
    responses: {
      '200': { description: 'The scenario', schema: scenario },
      '201': { description: 'Described only in words' },
      '202': { description: 'A file', contentType: 'text/csv' },
    },
  };

  it('accepts an answer the schema describes exactly, dates as the JSON they become', () => {
    expect(responseContractProblem(doc, 200, { id: 'a', title: { zh: '场景' }, tags: [{ name: 't' }] })).toBeUndefined();
    const withDate = { ...doc, responses: { '200': { description: 'at', schema: z.object({ at: z.iso.datetime() }) } } };
    expect(responseContractProblem(withDate, 200, { at: new Date('2026-01-01T00:00:00Z') })).toBeUndefined();
  });

  it('names a field the schema does not document, however deep', () => {
    expect(responseContractProblem(doc, 200, { id: 'a', title: { zh: '场景', en: 'Scenario' }, tags: [{ name: 't', weight: 1 }], secret: 1 })).toBe(
      'undocumented fields: title.en, tags.0.weight, secret',
    );
  });

  it('names what does not parse', () => {
    expect(responseContractProblem(doc, 200, { id: 1, title: { zh: '场景' }, tags: [] })).toMatch(/^id: /);
  });

  it('refuses an undocumented success status and a JSON answer documented only in words', () => {
    expect(responseContractProblem(doc, 204 + 2, { id: 'a' })).toBe('status 206 is not documented');
    expect(responseContractProblem(doc, 201, { id: 'a' })).toBe('status 201 has no schema');
  });

  it('checks an answer the route sends as another media type only against the types it documents', () => {
    const statechart: ApiRouteDoc = { summary: '状态图 Statechart', responses: { '200': { description: 'JSON, or Mermaid', schema: scenario, alternativeContentTypes: ['text/plain'] } } };
    expect(responseContractProblem(statechart, 200, 'stateDiagram-v2', 'text/plain; charset=utf-8')).toBeUndefined();
    expect(responseContractProblem(statechart, 200, '<p>', 'text/html')).toBe('status 200 as text/html is not documented');
    expect(responseContractProblem(statechart, 200, { id: 1 }, 'application/json; charset=utf-8')).toMatch(/^id: /);
  });

  it('leaves out errors, empty answers, other content types and routes without a document', () => {
    expect(responseContractProblem(doc, 404, { anything: true })).toBeUndefined();
    expect(responseContractProblem(doc, 200, undefined)).toBeUndefined();
    expect(responseContractProblem(doc, 202, 'a,b\n1,2')).toBeUndefined();
    expect(responseContractProblem(undefined, 200, { anything: true })).toBeUndefined();
  });
});
