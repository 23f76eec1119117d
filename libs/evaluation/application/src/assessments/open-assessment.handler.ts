import { randomUUID } from 'node:crypto';
import type { AssessmentRequestedV1, EventEnvelope } from '@scq/contracts';
import { ASSESSMENT_LIFECYCLE, rubricsForPurpose } from '@scq/evaluation-domain';
import type { SqlExecutor } from '@scq/platform-persistence';
import { SYSTEM_ACTOR, type AssessmentSubject } from '../evaluation-lifecycle';
import type { EvaluationDeps } from '../evaluation.deps';
import { organisingUnits } from '../organisations';
import type { AssessmentRecord } from '../ports/assessment.repository.port';
import { publishLifecycleEffects } from './assessment-effects';
import type { AssignEvaluatorsHandler } from './assign-evaluators.handler';
import { endUndecided } from './end-undecided';

/**
 * The workflow asks for an assessment (`workflow.assessment.requested`): open one — an assessment machine on the
 * engine, pinned to the current versions of the purpose's rubrics — and assign evaluators from the pool, in the
 * consumer's transaction. One assessment per request (the request's event id); a newer request for the same
 * subject and purpose supersedes an open older one, which then never decides anything.
 */
export class OpenAssessmentHandler {
  constructor(
    private readonly deps: EvaluationDeps,
    private readonly assign: AssignEvaluatorsHandler,
  ) {}

  async handle(tx: SqlExecutor, event: EventEnvelope<AssessmentRequestedV1>): Promise<string | null> {
    await this.deps.pool.lock(tx);
    if (await this.deps.assessments.findByRequest(tx, event.id)) return null;
    const { subject, purpose, instanceId, domainCode, requestedAt } = event.data;
    const id = randomUUID();
    for (const older of await this.deps.assessments.openFor(tx, subject.id, purpose)) await endUndecided(tx, this.deps, older, { supersededBy: id }, `被新的评估取代 superseded by ${id}`);
    const units = organisingUnits(domainCode);
    const lifecycleSubject: AssessmentSubject = {
      kind: 'assessment',
      assessmentId: id,
      purpose,
      subjectKind: subject.kind,
      subjectId: subject.id,
      domainCode,
      responsibleUnits: units,
      ownerUnit: null,
      applicantId: null,
      assignedEvaluators: [],
    };
    const started = await this.deps.runner.start<AssessmentSubject>(tx, {
      machineId: ASSESSMENT_LIFECYCLE.id,
      subjectId: id,
      subject: lifecycleSubject,
      input: { assessmentId: id, purpose, subjectId: subject.id },
      actor: SYSTEM_ACTOR,
      reason: `${subject.kind} ${subject.id} 请求评估 requested by workflow instance ${instanceId}`,
      correlationId: event.correlationid,
    });
    if (!started?.changed) throw new Error(`a fresh assessment id ${id} cannot have an instance already`);
    const record: AssessmentRecord = {
      id,
      instanceId: started.instance.id,
      requestId: event.id,
      subject,
      purpose,
      domainCode,
      workflowInstanceId: instanceId,
      rubrics: rubricsForPurpose(purpose).map((rubric) => ({ id: rubric.id, version: rubric.version })),
      organisingUnits: units,
      requiredEvaluators: Number(started.instance.snapshot.context.requiredEvaluators),
      waitingReason: null,
      excluded: [],
      supersededBy: null,
      cancelledAt: null,
      cancellationReason: null,
      result: null,
      passed: null,
      explanation: null,
      requestedAt,
      finalizedAt: null,
      createdAt: started.instance.createdAt.toISOString(),
    };
    await this.deps.assessments.insert(tx, record);
    await publishLifecycleEffects(tx, this.deps.publisher, started, record);
    await this.assign.fill(tx, id, event.correlationid);
    return id;
  }
}
