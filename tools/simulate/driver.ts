import type { Json, Account, Api, Metrics } from './client';
import { outcomeOf } from './client';
import type { WorkingDayClock } from './clock';
import type { World } from './actors';
import type { Prng } from './prng';
import type { Profile } from './profile';

interface SimScenario {
  index: number;
  id: string;
  instanceId?: string;
  owner: Account;
  domain: string;
  stage: string | null;
  nextDay: number;
  rng: Prng;
  opportunities: string[];
  applications: SimApplication[];
  sandboxRuns: number;
  sandboxEnteredDay?: number;
  incidents: number;
  busy: boolean;
  category?: string;
}

interface SimApplication {
  id: string;
  scenario: SimScenario;
  applicant: World['applicants'][number];
  stage: string;
  nextDay: number;
  willReturn: boolean;
  returned: boolean;
  lapses: boolean;
  busy: boolean;
}

const FINAL = /^(scaled|rejected|withdrawn|terminated)/;
const APPLICATION_FINAL = new Set(['approved', 'rejected', 'withdrawn']);

/** What happened, for the report: per day the stage counts, per month the plan's three targets. */
export interface Timeline {
  days: Array<{ day: number; date: string; atMs: number; byStage: Record<string, number>; commands: number; p50: number; p99: number }>;
  targets: Array<{ month: number; comprehensiveMajorListed: number; matchmakingEvents: number; opportunitiesPublished: number }>;
  projection: number[];
  scores: Array<{ assessmentId: string; evaluator: string; mean: number }>;
  recusals: number;
  batchLists: number;
  incidents: number;
  sandboxes: number;
  returnsForRevision: number;
  lapsesPlanned: number;
}

/** Today in Beijing (the platform's calendar: publication dates, event days), YYYY-MM-DD. */
const beijingToday = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

const percentile = (sorted: number[], q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]);

/** Runs `tasks` with at most `limit` at a time. */
async function pool(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, tasks.length) }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

/**
 * The year, day by day: each working day the units register, the coordinator publishes the batch list, the units
 * advance their scenarios, applicants apply, officers screen, evaluators score, and events are held — each as
 * themselves through the public API, with draws from the seeded generator and the profile's rates.
 */
export class Simulation {
  readonly scenarios: SimScenario[] = [];
  readonly applications: SimApplication[] = [];
  readonly timeline: Timeline = { days: [], targets: [], projection: [], scores: [], recusals: 0, batchLists: 0, incidents: 0, sandboxes: 0, returnsForRevision: 0, lapsesPlanned: 0 };
  private today = 0;
  private readonly published: string[] = [];
  private monthly = { comprehensiveMajorListed: 0, matchmakingEvents: 0, opportunitiesPublished: 0 };
  private stopped = false;
  /** Separate streams, so that what depends on answers' timing (events, lists) never shifts the registrations. */
  private readonly registrationDraws: Prng;
  private readonly eventDraws: Prng;
  private readonly listDraws: Prng;

  constructor(
    private readonly api: Api,
    private readonly world: World,
    private readonly profile: Profile,
    private readonly prng: Prng,
    private readonly clock: WorkingDayClock,
    private readonly metrics: Metrics,
    private readonly progress: (line: string) => void,
  ) {
    this.registrationDraws = prng.fork('registrations');
    this.eventDraws = prng.fork('matchmaking');
    this.listDraws = prng.fork('batch-lists');
  }

  stop(): void {
    this.stopped = true;
  }

  async run(days: number): Promise<void> {
    for (let day = 0; day < days && !this.stopped; day++) {
      await this.clock.until(day);
      this.today = day;
      await this.workingDay();
      await this.snapshot();
      if ((day + 1) % 21 === 0 || day === days - 1) {
        this.timeline.targets.push({ month: this.timeline.targets.length + 1, ...this.monthly });
        this.monthly = { comprehensiveMajorListed: 0, matchmakingEvents: 0, opportunitiesPublished: 0 };
      }
    }
  }

  /** Lets what is under way finish: steps continue (without new registrations) until nothing is waiting on a person. */
  async settle(maxDays: number): Promise<void> {
    for (let i = 0; i < maxDays && !this.stopped; i++) {
      this.today++;
      await this.clock.until(this.today);
      await this.steps();
      await this.snapshot();
    }
  }

  private async workingDay(): Promise<void> {
    const registrations = this.registrationDraws.poisson(this.profile.scenariosPerYear / 250);
    const tasks: Array<() => Promise<void>> = [];
    // Drawn here, in order, so the same seed registers the same scenarios whatever the answers' timing.
    for (let i = 0; i < registrations; i++) {
      const index = this.registered++;
      const domain = this.registrationDraws.pick(this.world.domains);
      const owner = this.registrationDraws.pick(this.world.officers.get(domain.unit) as Account[]);
      tasks.push(() => this.register(index, domain, owner, this.prng.fork(`scenario-${index}`)));
    }
    if (this.today > 0 && this.today % this.profile.batchListEveryDays === 0) tasks.push(() => this.publishBatchList());
    for (let i = this.eventDraws.poisson(this.profile.matchmakingEventsPerYear / 250); i > 0; i--) tasks.push(() => this.matchmakingEvent());
    await pool(tasks, 8);
    await this.steps();
  }

  private async steps(): Promise<void> {
    const tasks: Array<() => Promise<void>> = [];
    for (const s of this.scenarios) if (!s.busy && s.nextDay <= this.today && !FINAL.test(s.stage ?? '')) tasks.push(() => this.guard(s, () => this.step(s)));
    for (const a of this.applications) if (!a.busy && a.nextDay <= this.today && !APPLICATION_FINAL.has(a.stage)) tasks.push(() => this.guard(a, () => this.stepApplication(a)));
    for (const evaluator of this.world.evaluators) tasks.push(() => this.evaluate(evaluator));
    await pool(tasks, 16);
  }

  private async guard(holder: { busy: boolean }, work: () => Promise<void>): Promise<void> {
    holder.busy = true;
    try {
      await work();
    } finally {
      holder.busy = false;
    }
  }

  private delay(rng: Prng): number {
    const [min, max] = this.profile.stepDelayDays;
    return this.today + rng.int(min, max);
  }

  // ------------------------------------------------------------ commands

  private async event(actor: Account, instanceId: string, event: Record<string, unknown>): Promise<Json> {
    const answer = await this.api.as(actor, 'POST', `/api/workflow/instances/${instanceId}/events`, event, `event ${String(event.type)}`);
    const outcome = outcomeOf(answer.status, answer.body, answer.ambiguous);
    this.metrics.ledger.push({ kind: 'event', what: String(event.type), instanceId, outcome, status: answer.status, day: this.today, ambiguous: answer.ambiguous });
    if (outcome === 'refused') this.metrics.refusal(`${String(event.type)} ${answer.status} ${answer.body?.error?.code ?? ''}`);
    return outcome === 'accepted' ? answer.body : undefined;
  }

  private async create(actor: Account, what: string, path: string, body: unknown): Promise<Json> {
    const answer = await this.api.as(actor, 'POST', path, body, `create ${what}`);
    const outcome = outcomeOf(answer.status, answer.body, answer.ambiguous);
    this.metrics.ledger.push({ kind: 'create', what, outcome, status: answer.status, day: this.today, ambiguous: answer.ambiguous });
    if (outcome === 'refused') this.metrics.refusal(`create ${what} ${answer.status} ${answer.body?.error?.code ?? ''} ${String(answer.body?.error?.message ?? '').slice(0, 160)}`);
    return outcome === 'accepted' ? answer.body : undefined;
  }

  private async register(index: number, domain: World['domains'][number], owner: Account, rng: Prng): Promise<void> {
    const tier = rng.weighted(this.profile.tierShares ?? { 'comprehensive-major': 1, 'industry-integrated': 1, 'high-value-niche': 1 });
    const sent = performance.now();
    const created = await this.create(owner, 'scenario', '/api/scenarios', {
      title: { zh: `模拟场景${this.world.tag}第${index}号·${domain.zhName}`, en: `Simulated scenario ${this.world.tag}-${index}` },
      description: { zh: `模拟运行登记的${domain.zhName}场景` },
      domainCode: domain.code,
      taxonomyVersion: this.world.taxonomyVersion,
      ownerUnit: domain.unit,
      ownerType: 'municipal-department',
      tier,
    });
    if (!created) return;
    const s: SimScenario = { index, id: created.id, owner, domain: domain.code, stage: null, nextDay: this.delay(rng), rng, opportunities: [], applications: [], sandboxRuns: 0, incidents: 0, busy: false, category: tier === 'comprehensive-major' ? '综合性重大场景' : undefined };
    this.scenarios.push(s);
    // Command accepted → event consumed → projection visible, for one registration a day (not awaited by the day).
    if (this.timeline.projection.length < 400 && index % Math.max(1, Math.round(this.profile.scenariosPerYear / 250)) === 0) void this.projection(owner, created.id, sent);
  }

  private registered = 0;

  private async projection(owner: Account, id: string, sent: number): Promise<void> {
    for (let i = 0; i < 600; i++) {
      const answer = await this.api.as(owner, 'GET', `/api/scenarios/${id}`);
      if (answer.status === 200 && answer.body?.stage) {
        this.timeline.projection.push(performance.now() - sent);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Probe scenarios registered by the chaos (kept apart from the plan's, so the registrations' count is unchanged). */
  readonly probes: string[] = [];

  /**
   * A registration as an officer of the first domain's unit and the wait until the registry shows its stage: the
   * registry's event went through Kafka to the workflow, whose stage event came back to the registry. Resolves when it
   * is visible; rejects if it is not within `waitMs`.
   */
  async probePipeline(waitMs = 180_000): Promise<void> {
    const domain = this.world.domains[0];
    const owner = (this.world.officers.get(domain.unit) as Account[])[0];
    const n = this.probes.length + 1;
    const answer = await this.api.as(owner, 'POST', '/api/scenarios', {
      title: { zh: `模拟探针${this.world.tag}第${n}号·${domain.zhName}`, en: `Simulation probe ${this.world.tag}-${n}` },
      description: { zh: '故障后检查事件流是否恢复的探针场景' },
      domainCode: domain.code,
      taxonomyVersion: this.world.taxonomyVersion,
      ownerUnit: domain.unit,
      ownerType: 'municipal-department',
      tier: 'high-value-niche',
    }, 'probe POST /api/scenarios');
    if (answer.status !== 201 && answer.status !== 200) throw new Error(`probe registration: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    this.probes.push(answer.body.id);
    const deadline = performance.now() + waitMs;
    while (performance.now() < deadline) {
      const read = await this.api.as(owner, 'GET', `/api/scenarios/${answer.body.id}`);
      if (read.status === 200 && read.body?.stage) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`probe ${answer.body.id}: no stage in the registry within ${waitMs} ms`);
  }

  private async publishBatchList(): Promise<void> {
    const ready = this.scenarios.filter((s) => s.stage === 'recognition.recognized');
    if (ready.length === 0) return;
    const number = `渝场景模拟〔${this.world.tag}〕${++this.timeline.batchLists}号`;
    const draft = await this.create(this.world.coordinator, 'batch-list', '/api/batch-lists', {
      number,
      title: { zh: `模拟第${this.timeline.batchLists}批应用场景项目清单`, en: `Simulated batch ${this.timeline.batchLists}` },
      issueDate: beijingToday(),
      items: ready.map((s) => ({ scenarioId: s.id, category: s.category ?? this.listDraws.pick(this.profile.batchCategories.slice(1)) })),
    });
    if (!draft) return;
    const answer = await this.api.as(this.world.coordinator, 'POST', `/api/batch-lists/${draft.id}/publish`, { expectedVersion: draft.version }, 'publish batch-list');
    if (answer.status === 200) this.monthly.comprehensiveMajorListed += ready.filter((s) => s.category === '综合性重大场景').length;
    else this.metrics.refusal(`publish batch-list ${answer.status} ${answer.body?.error?.code ?? ''}`);
  }

  private async matchmakingEvent(): Promise<void> {
    const presented = this.published.slice(-200).filter(() => this.eventDraws.chance(0.1)).slice(0, 20);
    if (presented.length === 0) return;
    const participants = this.world.applicants.filter(() => this.eventDraws.chance(0.4)).slice(0, 8);
    const outcomes = presented.flatMap((opportunityId) => (participants.length > 0 && this.eventDraws.chance(0.5) ? [{ supplier: this.eventDraws.pick(participants).organisationName, opportunityId, status: this.eventDraws.chance(this.profile.agreementOutcome) ? 'agreement' : 'intent' }] : []));
    const created = await this.create(this.world.coordinator, 'matchmaking-event', '/api/matchmaking-events', {
      title: { zh: `模拟供需对接活动${this.world.tag}-${this.today}-${this.eventDraws.int(0, 9999)}` },
      heldOn: beijingToday(),
      organiserUnit: this.world.coordinator.unit,
      kind: this.eventDraws.pick(['roadshow', 'matchmaking-meeting', 'open-call', 'launch', 'exhibition', 'competition']),
      participants: participants.map((p) => ({ name: p.organisationName, type: 'enterprise' })),
      opportunityIds: presented,
      outcomes: outcomes.filter((o, i) => outcomes.findIndex((x) => x.supplier === o.supplier && x.opportunityId === o.opportunityId) === i),
    });
    if (created) this.monthly.matchmakingEvents++;
  }

  // ------------------------------------------------------------ a scenario's unit

  private async step(s: SimScenario): Promise<void> {
    const view = await this.api.as(s.owner, 'GET', `/api/workflow/scenarios/${s.id}`);
    if (view.status !== 200) {
      s.nextDay = this.today + 1;
      return;
    }
    s.instanceId = view.body.id;
    s.stage = view.body.stage;
    const id = s.instanceId as string;
    const r = s.rng;
    let after: Json;
    switch (s.stage) {
      case 'proposed':
        after = await this.event(s.owner, id, r.chance(this.profile.withdrawBeforeListing) ? { type: 'withdraw' } : { type: 'startCultivation', reason: '纳入培育库 into cultivation' });
        break;
      case 'cultivating':
        after = await this.event(s.owner, id, r.chance(this.profile.rejectInCultivation) ? { type: 'reject', reason: '需求不清晰 the need is unclear' } : { type: 'requestRecognition' });
        break;
      case 'listed':
        if (s.opportunities.length === 0) await this.openOpportunities(s);
        break;
      case 'operating.open':
        if (s.applications.length === 0) await this.apply(s);
        break;
      case 'operating.matched':
        after = await this.event(s.owner, id, { type: 'startPilot' });
        break;
      case 'operating.piloting.regular':
        if (s.sandboxRuns === 0 && r.chance(this.profile.enterSandbox)) {
          s.sandboxRuns++;
          s.sandboxEnteredDay = this.today;
          this.timeline.sandboxes++;
          const expiresOn = beijingToday(r.chance(this.profile.sandboxExpires) ? 1 : 180);
          after = await this.event(s.owner, id, { type: 'enterSandbox', conditions: ['限定区域 a limited area'], indicators: [{ key: 'on-time', name: { zh: '准点率', en: 'On-time rate' }, unit: '%', threshold: { min: 90 } }], expiresOn });
        } else after = await this.event(s.owner, id, { type: 'completePilot' });
        break;
      case 'operating.piloting.sandbox':
        if (this.today - (s.sandboxEnteredDay ?? 0) > 6) after = await this.event(s.owner, id, { type: 'exitSandbox' });
        else after = await this.event(s.owner, id, { type: 'reportSandboxIndicator', indicatorKey: 'on-time', value: r.chance(this.profile.sandboxBreach) ? 80 : 96, observedOn: beijingToday() });
        break;
      case 'operating.piloting.sandboxReview':
        after = await this.event(s.owner, id, { type: 'exitSandbox' });
        break;
      case 'operating.scaling':
        after = await this.event(s.owner, id, { type: 'confirmScaled' });
        break;
      case 'suspended.reported':
        after = await this.event(s.owner, id, { type: 'startRectification' });
        break;
      case 'suspended.rectifying':
        after = await this.event(s.owner, id, { type: 'submitRectification' });
        break;
      case 'suspended.underReview':
        after = await this.event(s.owner.unit === this.world.emergencyUnit ? this.world.coordinator : this.world.emergency, id, { type: 'approveResumption' });
        break;
      default:
        break;
    }
    if (after?.stage) s.stage = after.stage;
    // An incident in operation (reported by the owner unit), at the profile's daily rate.
    if (s.stage?.startsWith('operating.') && s.stage !== 'operating.effectiveness' && r.chance(this.profile.incidentPerDay * (this.profile.stepDelayDays[0] + this.profile.stepDelayDays[1]) / 2)) {
      const reported = await this.event(s.owner, id, { type: 'reportIncident', description: '试点区域发生一般安全事件 a general safety incident in the pilot area', severity: r.pick(['general', 'serious']) });
      if (reported) {
        this.timeline.incidents++;
        s.incidents++;
        s.stage = reported.stage;
      }
    }
    s.nextDay = this.delay(r);
  }

  private async openOpportunities(s: SimScenario): Promise<void> {
    const [min, max] = this.profile.opportunitiesPerScenario;
    const count = s.rng.int(min, max);
    for (let i = 0; i < count; i++) {
      const draft = await this.create(s.owner, 'opportunity', '/api/opportunities', { scenarioId: s.id, title: { zh: `模拟场景机会${s.index}-${i + 1}` }, sought: { capabilities: ['解决方案', '系统集成'], respondBy: '2099-12-31' } });
      if (!draft) continue;
      s.opportunities.push(draft.id);
      const published = await this.api.as(s.owner, 'POST', `/api/opportunities/${draft.id}/publish`, {}, 'publish opportunity');
      if (published.status === 200) {
        this.published.push(draft.id);
        this.monthly.opportunitiesPublished++;
      } else this.metrics.refusal(`publish opportunity ${published.status} ${published.body?.error?.code ?? ''}`);
    }
  }

  private async apply(s: SimScenario): Promise<void> {
    const [min, max] = this.profile.applicationsPerOpportunity;
    const count = Math.max(1, s.opportunities.length) * s.rng.int(min, max);
    for (let i = 0; i < count; i++) {
      const applicant = s.rng.pick(this.world.applicants);
      const created = await this.create(applicant, 'application', '/api/workflow/applications', { scenarioId: s.id });
      if (!created) continue;
      const willReturn = s.rng.chance(this.profile.returnForRevision);
      const lapses = willReturn && s.rng.chance(this.profile.revisionLapses);
      if (lapses) this.timeline.lapsesPlanned++;
      const a: SimApplication = { id: created.id, scenario: s, applicant, stage: created.stage, nextDay: this.delay(s.rng), willReturn, returned: false, lapses, busy: false };
      s.applications.push(a);
      this.applications.push(a);
    }
  }

  // ------------------------------------------------------------ an application

  private async stepApplication(a: SimApplication): Promise<void> {
    const view = await this.api.as(a.applicant, 'GET', `/api/workflow/instances/${a.id}`);
    if (view.status === 200) a.stage = view.body.stage;
    const officer = a.scenario.owner;
    const r = a.scenario.rng;
    let after: Json;
    switch (a.stage) {
      case 'draft':
        after = await this.event(a.applicant, a.id, { type: 'submit' });
        break;
      case 'submitted':
        after = await this.event(officer, a.id, { type: 'startScreening' });
        break;
      case 'screening':
        if (a.willReturn && !a.returned) {
          a.returned = true;
          this.timeline.returnsForRevision++;
          after = await this.event(officer, a.id, { type: 'returnForRevision', reason: '请补充实施方案 please complete the implementation plan' });
        } else after = await this.event(officer, a.id, { type: 'passScreening' });
        break;
      case 'returned':
        if (!a.lapses) after = await this.event(a.applicant, a.id, { type: 'resubmit' });
        break;
      case 'unitReview':
        after = await this.event(officer, a.id, r.chance(this.profile.rejectByUnit) ? { type: 'rejectByUnit', reason: '方案与需求不匹配 the proposal does not meet the need' } : { type: 'approveByUnit' });
        break;
      default:
        break;
    }
    if (after?.stage) a.stage = after.stage;
    a.nextDay = this.delay(r);
  }

  // ------------------------------------------------------------ an evaluator

  private async evaluate(evaluator: World['evaluators'][number]): Promise<void> {
    const mine = await this.api.as(evaluator, 'GET', '/api/evaluation/assignments/mine?limit=200');
    if (mine.status !== 200) return;
    const n = this.world.evaluators.indexOf(evaluator);
    const rng = this.prng.fork(`evaluator-${n}-${this.today}`);
    // Each evaluator is a little severe or lenient; the panel disagrees around the profile's mean.
    const bias = this.prng.fork(`bias-${n}`).normal(0, this.profile.evaluatorDisagreement / 2);
    for (const item of mine.body.items ?? []) {
      if (item.assignment?.status !== 'assigned') continue;
      const assessmentId = item.assessment.id;
      if (rng.chance(this.profile.recuse)) {
        const answer = await this.api.as(evaluator, 'POST', `/api/evaluation/assessments/${assessmentId}/recuse`, { reason: '与申报单位存在合作关系 a working relationship with the party' }, 'recuse');
        if (answer.status === 200) this.timeline.recusals++;
        continue;
      }
      const mean = Math.min(5, Math.max(0, rng.normal(this.profile.evaluatorMeanScore + bias, this.profile.evaluatorDisagreement / 2)));
      const scores = item.assessment.rubrics.flatMap((rubric: Json) =>
        rubric.criteria.map((criterion: Json) => {
          const { min = 0, max = 5, step = 0.5 } = criterion.scale ?? {};
          const raw = min + ((mean + rng.normal(0, 0.3)) / 5) * (max - min);
          const value = Math.min(max, Math.max(min, min + Math.round((raw - min) / step) * step));
          // A failing mark needs a reason of ten characters or more: every comment here has them.
          return { rubricId: rubric.id, criterionId: criterion.id, value: criterion.kind === 'scored' ? value : mean >= 2.5, comment: mean >= 3 ? '方案成熟，场景需求明确，落地条件具备' : '应用场景需求不清晰，落地条件明显不足，建议继续培育' };
        }),
      );
      const answer = await this.api.as(evaluator, 'POST', `/api/evaluation/assessments/${assessmentId}/scores`, { scores }, 'score');
      if (answer.status === 201) this.timeline.scores.push({ assessmentId, evaluator: evaluator.username, mean });
      else this.metrics.refusal(`score ${answer.status} ${answer.body?.error?.code ?? ''} ${String(answer.body?.error?.message ?? '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').slice(0, 90)}`);
    }
  }

  // ------------------------------------------------------------ the day's figures

  private async snapshot(): Promise<void> {
    const counts = await this.api.as(this.world.coordinator, 'GET', '/api/search/scenarios/stage-counts');
    // A read that fails (a process restarting) keeps the day before's counts rather than drawing a drop to zero.
    const byStage: Record<string, number> = counts.status === 200 ? {} : { ...(this.timeline.days.at(-1)?.byStage ?? {}) };
    for (const row of counts.body?.byStage ?? []) byStage[row.stage ?? 'unstaged'] = row.count;
    const latencies = this.metrics.samples.map((s) => s.latencyMs).sort((a, b) => a - b);
    const day = { day: this.today, date: this.clock.dateOf(this.today), atMs: this.metrics.now(), byStage, commands: this.metrics.samples.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
    this.timeline.days.push(day);
    this.progress(`[${day.date} · day ${this.today + 1}] scenarios ${this.scenarios.length} · applications ${this.applications.length} · commands ${day.commands} · p50 ${day.p50.toFixed(0)} ms · p99 ${day.p99.toFixed(0)} ms · retries ${this.metrics.retries}`);
  }
}
