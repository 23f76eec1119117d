import { randomUUID } from 'node:crypto';
import type { AssessmentFinalizedV1, BatchListPublishedV1, DeadlineReachedV1, EventEnvelope, MatchmakingAgreementRecordedV1, OpportunityPublishedV1, ScenarioRegisteredV1, SupplierCreditChangedV1 } from '@scq/contracts';
import { LifecycleError, type Actor, type LifecycleEvent, type LifecycleInstance, type LifecycleRunner, type SendOptions, type TransitionResult } from '@scq/platform-lifecycle';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { correlation } from '@scq/platform-observability';
import { APPLICATION_LIFECYCLE, blocksNewApplication, consortiumIncludes, resumptionRefusal, SCENARIO_LIFECYCLE } from '@scq/workflow-domain';
import type { ApplicationParty } from '@scq/contracts';
import type { Consortia } from './consortia';
import { publishTransition, transitionMessages } from './lifecycle-effects';
import { refuseOutOfDate, refuseUnknownIndicator } from './sandbox-checks';
import { responsibleUnitNames, type ApplicationConsortium, type ApplicationSubject, type ScenarioSubject, type WorkflowSubject } from './workflow-lifecycles';

/**
 * The organisations an application is from: the applicant's own; with a consortium, also every other member
 * (`member`), so that conflicts of interest are checked against each of them.
 */
function partiesOf(applicant: Actor, consortium: ApplicationConsortium | null): ApplicationParty[] {
  const own = applicant.organisation?.trim();
  const parties: ApplicationParty[] = own ? [{ organisation: own, role: 'applicant' }] : [];
  for (const member of consortium?.members ?? []) {
    if (!consortiumIncludes(parties, member.organisation)) parties.push({ organisation: member.organisation, role: 'member' });
  }
  return parties;
}
import { NO_CREDIT_RECORDS, refuseRestrictedSupplier, type SupplierCredits } from './supplier-credit';

/** The platform itself: timers and gate decisions relayed from other services. */
export const SYSTEM_ACTOR: Actor = { id: 'system', roles: ['system'], unit: null, organisation: null, district: null };

/** The stage a scenario must be in for suppliers to apply (开放). */
export const OPEN_FOR_APPLICATIONS = 'operating.open';

export interface SendEventCommand {
  instanceId: string;
  event: LifecycleEvent;
  actor: Actor;
  reason: string | null;
  expectedVersion?: number;
}

/** The lifecycle engine's use cases: each is one transaction with its history and outbox rows. */
export class WorkflowCommands {
  /** Every transition's outbox rows ride in its own version-checked write: no statement of their own, none on a lost race. */
  private readonly withOutbox: SendOptions<WorkflowSubject> = { outbox: (transition) => this.publisher.guarded(transitionMessages(this.publisher, transition)) };

  constructor(
    private readonly db: Database,
    private readonly runner: LifecycleRunner,
    private readonly publisher: EventPublisher,
    /** The consortia an application may be made by (场景创新联合体). */
    private readonly consortia: Consortia | null = null,
    /** What "today" is for sandbox expiries and readings (Beijing date of this instant); tests pass their own. */
    private readonly clock: () => Date = () => new Date(),
    /** The suppliers' credit status the registry published: a 失信-restricted applicant may not apply. */
    private readonly credits: SupplierCredits = NO_CREDIT_RECORDS,
  ) {}

  /** The registry set a supplier's credit status (失信 restricted or normal): kept to refuse or allow its applications. */
  async supplierCreditChanged(tx: SqlExecutor, event: EventEnvelope<SupplierCreditChangedV1>): Promise<void> {
    await this.credits.record(tx, event.data);
  }

  /** A registered scenario starts its lifecycle (idempotent: a redelivered event finds it started). */
  async startScenario(tx: SqlExecutor, event: EventEnvelope<ScenarioRegisteredV1>): Promise<void> {
    const { scenarioId, domainCode, taxonomyVersion, ownerUnit } = event.data;
    const subject: ScenarioSubject = {
      kind: 'scenario',
      scenarioId,
      domainCode,
      taxonomyVersion,
      district: event.data.district ?? null,
      title: event.data.title,
      responsibleUnits: responsibleUnitNames(taxonomyVersion, domainCode),
      ownerUnit,
      applicantId: null,
      assignedEvaluators: [],
    };
    const result = await this.runner.start(tx, { machineId: SCENARIO_LIFECYCLE.id, subjectId: scenarioId, subject, input: { scenarioId }, actor: SYSTEM_ACTOR, correlationId: event.correlationid });
    if (result) await publishTransition(tx, this.publisher, result as TransitionResult<WorkflowSubject>);
  }

  /**
   * An applicant (enterprise, university, institute, SOE) applies to take a scenario that is open (揭榜), alone or in
   * the name of a consortium whose lead organisation is theirs: then every member is a party of the application.
   */
  openApplication(scenarioId: string, applicant: Actor, options: { consortiumId?: string } = {}): Promise<LifecycleInstance<ApplicationSubject>> {
    return this.db.transaction(async (tx) => {
      const found = await this.runner.store.findBySubject<ScenarioSubject>(tx, SCENARIO_LIFECYCLE.id, scenarioId);
      // Locked: two applications sent at once by one applicant are serialised, and the stage cannot move meanwhile.
      const scenario = found && (await this.runner.store.find<ScenarioSubject>(tx, found.id, true));
      if (!scenario) throw new LifecycleError('NOT_FOUND', `场景不存在 No scenario ${scenarioId}`);
      if (!applicant.roles.includes('applicant')) throw new LifecycleError('FORBIDDEN', `只有申报单位可以申报 Only applicants may apply (roles: ${applicant.roles.join(', ') || 'none'})`);
      await refuseRestrictedSupplier(tx, this.credits, applicant.organisation);
      if (scenario.stage !== OPEN_FOR_APPLICATIONS) {
        throw new LifecycleError('EVENT_NOT_ACCEPTED', `场景当前阶段 ${scenario.stage} 不接受申报 Scenario is ${scenario.stage}; applications open in ${OPEN_FOR_APPLICATIONS}`);
      }
      await this.refuseSecondApplication(tx, scenarioId, applicant);
      const consortium = options.consortiumId ? await this.consortiumFor(tx, applicant, scenarioId, options.consortiumId) : null;
      const applicationId = randomUUID();
      const subject: ApplicationSubject = {
        kind: 'application',
        applicationId,
        scenarioId,
        domainCode: scenario.subject.domainCode,
        district: scenario.subject.district,
        responsibleUnits: scenario.subject.responsibleUnits,
        ownerUnit: scenario.subject.ownerUnit,
        applicantId: applicant.id,
        assignedEvaluators: [],
        parties: partiesOf(applicant, consortium),
        ...(consortium ? { consortiumId: consortium.consortiumId, consortium } : {}),
        ...(scenario.subject.title ? { title: scenario.subject.title } : {}),
      };
      const result = await this.runner.start(tx, {
        machineId: APPLICATION_LIFECYCLE.id,
        subjectId: applicationId,
        subject,
        input: { applicationId, scenarioId },
        actor: applicant,
        correlationId: correlation.currentOrNew().correlationId,
      });
      if (!result?.changed) throw new Error('a fresh application id cannot exist already');
      await publishTransition(tx, this.publisher, result as TransitionResult<WorkflowSubject>);
      return result.instance;
    });
  }

  /** The consortium, if the applicant's organisation leads it and it has no live application to this scenario yet (one bid per consortium too). */
  private async consortiumFor(tx: SqlExecutor, applicant: Actor, scenarioId: string, consortiumId: string): Promise<ApplicationConsortium> {
    if (!this.consortia) throw new LifecycleError('NOT_FOUND', `联合体不存在 No consortium ${consortiumId}`);
    const found = await this.consortia.forApplication(tx, applicant, consortiumId);
    const earlier = await this.runner.store.list<ApplicationSubject>(tx, { machineId: APPLICATION_LIFECYCLE.id, subject: { scenarioId, consortiumId }, limit: 1000 });
    const live = earlier.find((application) => blocksNewApplication(application.stage));
    if (live) {
      throw new LifecycleError(
        'DUPLICATE',
        `该联合体已申报此场景（申报 ${live.subjectId}，当前阶段 ${live.stage}） The consortium already applied to this scenario (application ${live.subjectId}, stage ${live.stage})`,
      );
    }
    return { consortiumId: found.id, name: found.name, members: found.members.map(({ organisation, kind, role, contribution }) => ({ organisation, kind, role, contribution })) };
  }

  /** One live application per applicant and scenario (the caller holds the scenario's row lock). */
  private async refuseSecondApplication(tx: SqlExecutor, scenarioId: string, applicant: Actor): Promise<void> {
    const earlier = await this.runner.store.list<ApplicationSubject>(tx, { machineId: APPLICATION_LIFECYCLE.id, subject: { scenarioId, applicantId: applicant.id }, limit: 1000 });
    const live = earlier.find((application) => blocksNewApplication(application.stage));
    if (live) {
      throw new LifecycleError(
        'DUPLICATE',
        `您已申报该场景（申报 ${live.subjectId}，当前阶段 ${live.stage}），撤回或未通过后才能再次申报 You already applied to this scenario (application ${live.subjectId}, stage ${live.stage}); apply again only after it is withdrawn or rejected`,
      );
    }
  }

  /** A person sends an event: authorised, version-checked, recorded, published. */
  send(command: SendEventCommand): Promise<LifecycleInstance<WorkflowSubject>> {
    refuseOutOfDate(command.event, this.clock());
    return this.db.transaction(async (tx) => {
      await this.refuseInvolvedReviewer(tx, command);
      await this.refuseUnknownIndicator(tx, command);
      const result = await this.runner.send<WorkflowSubject>(tx, { ...command, correlationId: correlation.currentOrNew().correlationId }, this.withOutbox);
      await this.afterTransition(tx, result);
      return result.instance;
    });
  }

  /** Separation of duties: whoever reported or rectified the incident, as the history records it, does not approve the resumption. */
  private async refuseInvolvedReviewer(tx: SqlExecutor, command: SendEventCommand): Promise<void> {
    if (command.event.type !== 'approveResumption') return;
    const instance = await this.runner.store.find(tx, command.instanceId);
    // Other refusals (unknown instance, role or unit not allowed at all) are the runner's, in its order.
    if (!instance || instance.machineId !== SCENARIO_LIFECYCLE.id || !this.runner.definitionOf(instance).authorize(command.actor, command.event.type, instance.subject).allowed) return;
    const refusal = resumptionRefusal(await this.runner.store.historyOf(tx, instance.id), command.actor);
    if (refusal) throw new LifecycleError('FORBIDDEN', refusal);
  }

  /** A reading for an indicator the sandbox does not name is a bad request, not a conflict (after authorisation, as above). */
  private async refuseUnknownIndicator(tx: SqlExecutor, command: SendEventCommand): Promise<void> {
    if (command.event.type !== 'reportSandboxIndicator') return;
    const instance = await this.runner.store.find(tx, command.instanceId);
    if (!instance || !this.runner.definitionOf(instance).authorize(command.actor, command.event.type, instance.subject).allowed) return;
    refuseUnknownIndicator(command.event, instance);
  }

  /** A deadline passed: harmless when late, duplicated, or for a stage already left. */
  async deadlineReached(tx: SqlExecutor, event: EventEnvelope<DeadlineReachedV1>): Promise<boolean> {
    const localId = event.data.deadlineId.slice(event.data.instanceId.length + 1);
    const instance = await this.runner.store.find(tx, event.data.instanceId);
    if (!instance) return false;
    const result = await this.runner.send<WorkflowSubject>(tx, {
      instanceId: instance.id,
      event: { type: 'deadline.reached', deadline: event.data.deadline, deadlineId: localId },
      actor: SYSTEM_ACTOR,
      correlationId: event.correlationid,
      ignoreIfNotAccepted: true,
    }, this.withOutbox);
    await this.afterTransition(tx, result);
    return result.changed;
  }

  /** An assessment's decision reaches the scenario or application it was about (the gate of recognition, effectiveness, expert review). */
  async assessmentFinalized(tx: SqlExecutor, event: EventEnvelope<AssessmentFinalizedV1>): Promise<boolean> {
    const { subject, assessmentId, passed, purpose } = event.data;
    const machineId = subject.kind === 'scenario' ? SCENARIO_LIFECYCLE.id : APPLICATION_LIFECYCLE.id;
    return this.relay(tx, machineId, subject.id, { type: 'assessment.finalized', assessmentId, passed, purpose }, event.data.explanation, event.correlationid);
  }

  /**
   * A batch list revision was published: every scenario it added is listed (入清单), every scenario a correction
   * removed goes back to awaiting a list, with the correction's reason. A redelivered event, or a scenario that is no
   * longer where the list expected it (already listed, withdrawn meanwhile), changes nothing.
   */
  async batchListPublished(tx: SqlExecutor, event: EventEnvelope<BatchListPublishedV1>): Promise<void> {
    const { listId, number, revision, reason, added, removed } = event.data;
    const zh = `批次清单 ${number}（第 ${revision} 版）`;
    const en = `batch list ${number} revision ${revision}`;
    for (const scenarioId of added) {
      await this.relay(tx, SCENARIO_LIFECYCLE.id, scenarioId, { type: 'list', batchId: listId }, `列入${zh} listed on ${en}`, event.correlationid);
    }
    for (const scenarioId of removed) {
      const why = reason ?? '更正版本未列入 not on the correction';
      await this.relay(tx, SCENARIO_LIFECYCLE.id, scenarioId, { type: 'delist', batchId: listId, reason: why }, `${zh}更正移出 removed by the correction of ${en}: ${why}`, event.correlationid);
    }
  }

  /** The first published opportunity of a listed scenario opens it (开放); later ones find it open already. */
  async opportunityPublished(tx: SqlExecutor, event: EventEnvelope<OpportunityPublishedV1>): Promise<boolean> {
    const { scenarioId, opportunityId, title } = event.data;
    const reason = title ? `场景机会“${title.zh}”已发布 opportunity “${title.en ?? title.zh}” published` : '场景机会已发布 an opportunity was published';
    return this.relay(tx, SCENARIO_LIFECYCLE.id, scenarioId, { type: 'open', opportunityId }, reason, event.correlationid);
  }

  /** A matchmaking agreement on an opportunity of an open scenario matches it (对接). */
  async agreementRecorded(tx: SqlExecutor, event: EventEnvelope<MatchmakingAgreementRecordedV1>): Promise<boolean> {
    const { scenarioId, matchmakingEventId, eventTitle, opportunityId, supplier, status } = event.data;
    const what = status === 'contract-signed' ? '签约 contract signed' : '合作协议 agreement';
    const held = eventTitle ? `供需对接活动“${eventTitle.zh}”` : '供需对接活动';
    return this.relay(
      tx,
      SCENARIO_LIFECYCLE.id,
      scenarioId,
      { type: 'matchmaking.agreed', matchmakingEventId, opportunityId, supplier },
      `${held}：${supplier} ${what}`,
      event.correlationid,
    );
  }

  /** Sends another service's decision to the subject's instance as the platform; an event its stage no longer takes is dropped. */
  private async relay(tx: SqlExecutor, machineId: string, subjectId: string, lifecycleEvent: LifecycleEvent, reason: string | null, correlationId: string): Promise<boolean> {
    const instance = await this.runner.store.findBySubject(tx, machineId, subjectId);
    if (!instance) return false;
    const result = await this.runner.send<WorkflowSubject>(tx, { instanceId: instance.id, event: lifecycleEvent, actor: SYSTEM_ACTOR, reason, correlationId, ignoreIfNotAccepted: true }, this.withOutbox);
    await this.afterTransition(tx, result);
    return result.changed;
  }

  /** The transition's outbox rows are written already (`withOutbox`); what follows from it in the same transaction. */
  private async afterTransition(tx: SqlExecutor, result: TransitionResult<WorkflowSubject>): Promise<void> {
    // An approved application matches its scenario (对接), in the same transaction.
    if (result.changed && result.instance.subject.kind === 'application' && result.instance.stage === 'approved') {
      const { scenarioId, applicationId } = result.instance.subject;
      const scenario = await this.runner.store.findBySubject(tx, SCENARIO_LIFECYCLE.id, scenarioId);
      if (!scenario) return;
      await this.runner.send<WorkflowSubject>(tx, {
        instanceId: scenario.id,
        event: { type: 'application.approved', applicationId },
        actor: SYSTEM_ACTOR,
        reason: '申报获批 an application was approved',
        correlationId: result.entry.correlationId,
        ignoreIfNotAccepted: true,
      }, this.withOutbox);
    }
  }
}
