import type { Type } from '@nestjs/common';
import { controllerRoutes, openApiDocument, openApiProblems, routeOperations } from '@scq/platform-http';
import { WorkflowModule } from './workflow.module';

describe('the workflow service API documentation, generated from its routes', () => {
  // The controllers the module really registers: a route added without @ApiRoute fails here.
  const controllers = (WorkflowModule.register({ database: { pgliteDataDir: 'memory://' } }).controllers ?? []) as Array<Type<unknown>>;
  const { operations, undocumented } = routeOperations(controllers);

  it('documents every route of every controller', () => {
    expect(undocumented).toEqual([]);
    expect(operations).toHaveLength(controllerRoutes(controllers).length);
    expect(operations.length).toBeGreaterThan(0);
  });

  it('is a sound OpenAPI 3.1 document, with sign-in and schemas taken from the routes', () => {
    expect(openApiProblems(openApiDocument({ title: 'workflow' }, operations))).toEqual([]);
    const op = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path);
    expect(op('post', '/api/workflow/applications')).toMatchObject({ secured: true, requestBody: expect.anything() });
    expect(op('get', '/api/workflow/instances')).toMatchObject({ secured: true, query: expect.anything() });
    expect(op('post', '/api/workflow/instances/:id/events')).toMatchObject({ secured: true, requestBody: expect.anything(), params: expect.anything() });
  });

  it('answers no anonymous caller: histories and audits say who did what', () => {
    expect(operations.filter((op) => !op.secured).map((op) => `${op.method.toUpperCase()} ${op.path}`)).toEqual([]);
  });

  it('describes every success answer with a schema, unless it is not JSON', () => {
    const missing = operations.flatMap((op) =>
      Object.entries(op.responses)
        // A 204 has no body to describe.
        .filter(([status, r]) => /^2\d\d$/.test(status) && status !== '204' && !r.schema && (!r.contentType || r.contentType.includes('json')))
        .map(([status]) => `${op.method.toUpperCase()} ${op.path} ${status}`),
    );
    expect(missing).toEqual([]);
    const { components } = openApiDocument({ title: 'workflow' }, operations);
    expect(Object.keys(components.schemas)).toEqual(
      expect.arrayContaining(['WorkflowInstancePage', 'WorkflowInstance', 'WorkflowInstanceView', 'WorkflowHistoryEntry', 'WorkflowAuditReport', 'WorkflowMachineList', 'WorkflowStatechart', 'WorkflowStatechartNode', 'ApplicationContentView', 'ApplicationAttachment', 'ApplicationAttachmentList']),
    );
  });

  it('documents the upload as multipart/form-data and the download as the file itself', () => {
    const document = openApiDocument({ title: 'workflow' }, operations);
    const attachments = document.paths['/api/workflow/applications/{applicationId}/attachments'];
    expect(Object.keys((attachments.post.requestBody as { content: object }).content)).toEqual(['multipart/form-data']);
    const download = document.paths['/api/workflow/applications/{applicationId}/attachments/{attachmentId}'].get.responses as Record<string, { content: object }>;
    expect(Object.keys(download['200'].content)).toEqual(expect.arrayContaining(['application/octet-stream', 'application/pdf', 'image/png']));
  });

  it('documents the consortia (场景创新联合体): who may call each route, the bodies and the member rules', () => {
    const document = openApiDocument({ title: 'workflow' }, operations);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/workflow/consortia', '/api/workflow/consortia/{id}', '/api/workflow/consortia/{id}/members', '/api/workflow/consortia/{id}/members/{memberId}']));
    const op = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path);
    expect(op('post', '/api/workflow/consortia')).toMatchObject({ secured: true, requestBody: expect.anything() });
    expect(op('get', '/api/workflow/consortia')).toMatchObject({ secured: true, query: expect.anything() });
    const create = document.paths['/api/workflow/consortia'].post as { 'x-roles': string[]; responses: Record<string, unknown> };
    expect(create['x-roles']).toEqual(['applicant']);
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '403']));
    expect(Object.keys((document.paths['/api/workflow/consortia/{id}/members'].put as { responses: object }).responses)).toContain('409');
    const { components } = document;
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(['Consortium', 'ConsortiumMember', 'ConsortiumPage']));
    expect(JSON.stringify(components.schemas.WorkflowApplicationSubject)).toContain('consortium');
  });
});
