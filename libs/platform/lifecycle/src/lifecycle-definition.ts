import type { AnyStateMachine } from 'xstate';

/** Who sends an event: a person in a role and unit, or the platform itself (`system`). */
export interface Actor {
  id: string;
  roles: string[];
  unit: string | null;
  organisation: string | null;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

/**
 * A machine the engine can run: its identity and version, the pure XState machine, and the guard that
 * decides whether an actor may send an event to an instance (roles AND unit scope, from the subject).
 */
export interface RunnableLifecycle<Subject = unknown> {
  id: string;
  version: number;
  machine: AnyStateMachine;
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
