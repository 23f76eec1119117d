import { randomUUID } from 'node:crypto';
import { platformMetrics } from '@scq/platform-observability';
import { afterCommit, type GuardedInsert, type SqlExecutor } from '@scq/platform-persistence';
import { GENESIS_HASH, historyLink, type HistoryChainKeys, type HistoryFacts } from './history-chain';
import { normaliseFacts, rememberFactsJson } from './history-facts-json';
import type { Actor, LifecycleCatalog, MachineAction, RunnableLifecycle } from './lifecycle-definition';
import { LifecycleError } from './lifecycle.errors';
import type { HistoryEntry, LifecycleInstance } from './lifecycle-instance';
import type { SqlLifecycleStore } from './sql-lifecycle.store';
import { stageLabelOf, type StageLabel } from './statechart.export';

export type LifecycleEvent = { type: string } & Record<string, unknown>;

export interface StartCommand<S> {
  machineId: string;
  subjectId: string;
  subject: S;
  input: Record<string, unknown>;
  actor: Actor;
  reason?: string | null;
  correlationId: string;
}

export interface SendCommand {
  instanceId: string;
  event: LifecycleEvent;
  actor: Actor;
  reason?: string | null;
  /** The version the caller saw; a different stored version is a conflict. */
  expectedVersion?: number;
  correlationId: string;
  /** For timers and other automation: an event the state no longer accepts is dropped, not an error. */
  ignoreIfNotAccepted?: boolean;
}

export type { MachineAction };

export interface SendOptions<S> {
  /**
   * The outbox rows of this transition, from what it is about to record: written by the transition's own
   * version-checked statement, so they commit with it, cost no round trip of their own, and are never written
   * when another transition wins (`publisher.guarded(messages)`).
   */
  outbox?: (transition: ChangedTransition<S>) => GuardedInsert | null;
}

export interface ChangedTransition<S> {
  changed: true;
  instance: LifecycleInstance<S>;
  entry: HistoryEntry;
  actions: MachineAction[];
  /** The new stage's name, from the machine. */
  stageLabel: StageLabel | null;
}

export type TransitionResult<S> = ChangedTransition<S> | { changed: false; instance: LifecycleInstance<S> };

/**
 * The lifecycle engine: load → authorise → pure XState transition → version-checked save with a
 * history row linked to the one before by HMAC with the chain key, all inside the caller's transaction (so the
 * caller's outbox rows commit with it).
 */
export class LifecycleRunner {
  constructor(
    readonly store: SqlLifecycleStore,
    readonly catalog: LifecycleCatalog,
    /** The history chain key (from outside the database) and the earlier keys that still verify. */
    readonly keys: HistoryChainKeys,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Starts an instance on the machine's current version; null if the subject already has one (idempotent). */
  async start<S>(tx: SqlExecutor, command: StartCommand<S>): Promise<TransitionResult<S> | null> {
    const definition = this.catalog.current<S>(command.machineId);
    const step = definition.start(command.input);
    const now = this.clock();
    const id = randomUUID();
    const entry = chainEntry(this.keys, GENESIS_HASH, {
      instanceId: id,
      sequence: 0,
      kind: 'start',
      machineId: definition.id,
      machineVersion: definition.version,
      from: null,
      to: step.stage,
      event: { type: 'start', input: command.input },
      actor: actorFacts(command.actor),
      reason: command.reason ?? null,
      correlationId: command.correlationId,
      occurredAt: now.toISOString(),
      subject: command.subject as Record<string, unknown>,
    });
    const instance: LifecycleInstance<S> = {
      id,
      machineId: definition.id,
      machineVersion: definition.version,
      subjectId: command.subjectId,
      subject: command.subject,
      stage: step.stage,
      snapshot: step.snapshot,
      version: 1,
      historyLength: 1,
      historyHead: entry.hash,
      createdAt: now,
      updatedAt: now,
    };
    if (!(await this.store.insert(tx, instance))) return null;
    await this.store.appendHistory(tx, entry);
    afterCommit(tx, () => platformMetrics.transition(definition.id, 'start'));
    return { changed: true, instance, entry, actions: step.actions, stageLabel: stageLabelOf(definition.machine, instance.stage) };
  }

  async send<S>(tx: SqlExecutor, command: SendCommand, options: SendOptions<S> = {}): Promise<TransitionResult<S>> {
    const current = await this.store.find<S>(tx, command.instanceId);
    if (!current) throw new LifecycleError('NOT_FOUND', `生命周期实例不存在 No lifecycle instance ${command.instanceId}`);
    const definition = this.catalog.get<S>(current.machineId, current.machineVersion);
    // Authorisation first: a caller who may not act learns nothing about the instance's version or stage.
    const decision = definition.authorize(command.actor, command.event.type, current.subject);
    if (!decision.allowed) throw new LifecycleError('FORBIDDEN', decision.reason);
    if (command.expectedVersion !== undefined && command.expectedVersion !== current.version) throw conflict(current);
    const step = definition.step(current.snapshot, command.event);
    if (!step) {
      if (command.ignoreIfNotAccepted) return { changed: false, instance: current };
      const accepted = definition.accepted(current.snapshot);
      throw new LifecycleError(
        'EVENT_NOT_ACCEPTED',
        `当前阶段 ${current.stage} 不接受事件 ${command.event.type} Stage ${current.stage} does not accept ${command.event.type} now; it accepts: ${accepted.join(', ') || 'nothing'}`,
      );
    }
    const now = this.clock();
    const entry = chainEntry(this.keys, current.historyHead, {
      instanceId: current.id,
      sequence: current.historyLength,
      kind: 'transition',
      machineId: current.machineId,
      machineVersion: current.machineVersion,
      from: current.stage,
      to: step.stage,
      event: command.event,
      actor: actorFacts(command.actor),
      reason: command.reason ?? null,
      correlationId: command.correlationId,
      occurredAt: now.toISOString(),
      // What the authorisation above saw: the audit re-checks the event against it.
      subject: current.subject as Record<string, unknown>,
    });
    const updated: LifecycleInstance<S> = {
      ...current,
      stage: step.stage,
      snapshot: step.snapshot,
      version: current.version + 1,
      historyLength: current.historyLength + 1,
      historyHead: entry.hash,
      updatedAt: now,
    };
    const result: ChangedTransition<S> = { changed: true, instance: updated, entry, actions: step.actions, stageLabel: stageLabelOf(definition.machine, updated.stage) };
    if (!(await this.store.recordTransition(tx, updated, current.version, entry, options.outbox?.(result) ?? null))) throw conflict(current);
    afterCommit(tx, () => platformMetrics.transition(current.machineId, command.event.type));
    return result;
  }

  /** What this actor may send now: events the current state accepts AND the actor is authorised for. */
  allowedEvents<S>(instance: LifecycleInstance<S>, actor: Actor): string[] {
    const definition = this.catalog.get<S>(instance.machineId, instance.machineVersion);
    return definition.accepted(instance.snapshot).filter((type) => definition.authorize(actor, type, instance.subject).allowed);
  }

  definitionOf<S>(instance: LifecycleInstance<S>): RunnableLifecycle<S> {
    return this.catalog.get<S>(instance.machineId, instance.machineVersion);
  }
}

/** A history entry linked to `previousHash` with the current chain key (the facts as JSON will store them). */
export function chainEntry(keys: HistoryChainKeys, previousHash: string, facts: Omit<HistoryFacts, 'keyId'>): HistoryEntry {
  const normalised = normaliseFacts(facts, keys.current.id);
  const entry: HistoryEntry = { ...normalised.facts, previousHash, hash: historyLink(keys.current, previousHash, normalised.facts) };
  rememberFactsJson(entry, normalised.json);
  return entry;
}

export function actorFacts(actor: Actor): HistoryFacts['actor'] {
  return { id: actor.id, roles: [...actor.roles].sort(), unit: actor.unit, organisation: actor.organisation ?? null };
}

function conflict(current: LifecycleInstance<unknown>): LifecycleError {
  return new LifecycleError(
    'CONCURRENT_TRANSITION',
    `实例已被其他操作更新（当前版本 ${current.version}），请刷新后重试 Instance ${current.id} was changed by another transition (now version ${current.version}); reload and retry`,
  );
}
