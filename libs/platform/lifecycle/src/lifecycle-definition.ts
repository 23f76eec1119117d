import type { AnyStateMachine } from 'xstate';
import type { StoredSnapshot } from './lifecycle-instance';

import type { Actor } from '@scq/contracts';

/** Who sends an event: a person in a role and unit, or the platform itself (`system`). */
export type { Actor };

export type Decision = { allowed: true } | { allowed: false; reason: string };

/** An action the machine asked for (e.g. `requestDeadline`); the service turns it into events. */
export interface MachineAction {
  type: string;
  params: Record<string, unknown>;
}

/** One pure step of a machine: the stage it lands in, what to store, and the side effects it asks for. */
export interface MachineStep {
  stage: string;
  snapshot: StoredSnapshot;
  actions: MachineAction[];
}

/**
 * A machine the engine can run: its identity and version, the pure XState machine (for the statechart),
 * its pure step functions (from the domain lib that owns the machine), and the guard that decides whether
 * an actor may send an event to an instance (roles AND unit scope, from the subject).
 */
export interface RunnableLifecycle<Subject = unknown> {
  id: string;
  version: number;
  machine: AnyStateMachine;
  start(input: Record<string, unknown>): MachineStep;
  /** `null` when the stored state does not accept the event (or a guard refuses it). */
  step(snapshot: StoredSnapshot, event: { type: string }): MachineStep | null;
  /** The event types the stored state handles, before authorisation. */
  accepted(snapshot: StoredSnapshot): string[];
  /** The stage of a stored snapshot in this machine; throws if the machine has no such state. */
  stageOf(snapshot: StoredSnapshot): string;
  authorize(actor: Actor, eventType: string, subject: Subject): Decision;
}

/** Every version of every machine a service runs; new instances start on the current (highest) version. */
export class LifecycleCatalog {
  private readonly byId = new Map<string, Map<number, RunnableLifecycle<never>>>();

  constructor(definitions: Array<RunnableLifecycle<never>>) {
    for (const definition of definitions) {
      const versions = this.byId.get(definition.id) ?? new Map();
      if (versions.has(definition.version)) throw new Error(`duplicate machine ${definition.id}@${definition.version}`);
      versions.set(definition.version, definition);
      this.byId.set(definition.id, versions);
    }
  }

  current<S>(id: string): RunnableLifecycle<S> {
    const versions = this.byId.get(id);
    if (!versions) throw new Error(`unknown machine ${id}`);
    return versions.get(Math.max(...versions.keys())) as unknown as RunnableLifecycle<S>;
  }

  get<S>(id: string, version: number): RunnableLifecycle<S> {
    const definition = this.byId.get(id)?.get(version);
    if (!definition) throw new Error(`unknown machine version ${id}@${version}`);
    return definition as unknown as RunnableLifecycle<S>;
  }
}
