import { randomUUID } from 'node:crypto';
import { DomainError, OutOfScopeError, readsEverything, type Actor, type RefusalKind } from '@scq/contracts';
import type { LifecycleRunner } from '@scq/platform-lifecycle';
import type { EventPublisher } from '@scq/platform-messaging';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { APPLICATION_LIFECYCLE, blocksNewApplication, consortiumIncludes, consortiumMembershipBreach, organisationKey, type ConsortiumMember } from '@scq/workflow-domain';
import type { ConsortiumCreate, ConsortiumMemberInput } from './consortium.schemas';
import { namesAsTyped, type OrganisationNames } from './organisation-names.port';
import type { ApplicationSubject } from './workflow-lifecycles';

export interface StoredConsortiumMember extends ConsortiumMember {
  id: string;
}

export interface StoredConsortium {
  id: string;
  name: { zh: string; en?: string };
  description: string | null;
  leadOrganisation: string;
  members: StoredConsortiumMember[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface ConsortiumListQuery {
  /** Part of the consortium's name (either language) or of a member organisation's name. */
  q?: string;
  /** Only consortia this organisation is a member of (by `organisationKey`). */
  memberKey?: string;
  limit: number;
  after?: { createdAt: Date; id: string };
}

/** Where consortia are kept (the workflow's schema: `workflow.consortium`, `workflow.consortium_member`). */
export interface ConsortiumRepository {
  insert(tx: SqlExecutor, consortium: StoredConsortium): Promise<void>;
  find(db: SqlExecutor, id: string, lock?: boolean): Promise<StoredConsortium | null>;
  /** Replaces the member list and bumps the version. */
  replaceMembers(tx: SqlExecutor, id: string, members: StoredConsortiumMember[]): Promise<void>;
  list(db: SqlExecutor, query: ConsortiumListQuery): Promise<StoredConsortium[]>;
}

type ConsortiumErrorCode = 'CONSORTIUM_NOT_FOUND' | 'MEMBER_NOT_FOUND' | 'NO_ORGANISATION' | 'NOT_LEAD' | 'CONSORTIUM_IN_USE' | 'VERSION_CONFLICT' | 'TOO_FEW_MEMBERS' | 'TOO_MANY_MEMBERS' | 'LEAD_NOT_ONCE' | 'LEAD_NOT_CALLER' | 'LEAD_CHANGED' | 'DUPLICATE_MEMBER';

const KIND_OF: Record<ConsortiumErrorCode, RefusalKind> = {
  CONSORTIUM_NOT_FOUND: 'not-found',
  MEMBER_NOT_FOUND: 'not-found',
  NO_ORGANISATION: 'forbidden',
  NOT_LEAD: 'forbidden',
  CONSORTIUM_IN_USE: 'conflict',
  VERSION_CONFLICT: 'conflict',
  TOO_FEW_MEMBERS: 'invalid',
  TOO_MANY_MEMBERS: 'invalid',
  LEAD_NOT_ONCE: 'invalid',
  LEAD_NOT_CALLER: 'invalid',
  LEAD_CHANGED: 'invalid',
  DUPLICATE_MEMBER: 'invalid',
};

export class ConsortiumError extends DomainError {
  constructor(code: ConsortiumErrorCode, message: string, fields?: Array<{ path: string; message: string }>) {
    super(code, message, fields);
  }

  get kind(): RefusalKind {
    return KIND_OF[this.code as ConsortiumErrorCode];
  }
}

/** Whether the caller reads a consortium: everything-readers, and the applicant accounts of its member organisations. */
export function readsConsortium(actor: Actor, consortium: Pick<StoredConsortium, 'members'>): boolean {
  return readsEverything(actor) || (actor.roles.includes('applicant') && consortiumIncludes(consortium.members, actor.organisation));
}

/** Whether the caller manages it: an applicant account of its lead organisation. */
export function managesConsortium(actor: Actor, consortium: Pick<StoredConsortium, 'leadOrganisation'>): boolean {
  return actor.roles.includes('applicant') && !!actor.organisation?.trim() && organisationKey(actor.organisation) === organisationKey(consortium.leadOrganisation);
}

/**
 * 场景创新联合体: created by an applicant account, whose organisation is the lead; read by its members' applicant accounts
 * and everything-readers; its members changed by the lead's applicant accounts, except while an application in its
 * name is live (its parties were told to the evaluation service as they were: 409 `CONSORTIUM_IN_USE`).
 */
export class Consortia {
  constructor(
    private readonly db: Database,
    private readonly runner: LifecycleRunner,
    private readonly repository: ConsortiumRepository,
    /** Tells the platform each consortium's present membership (`workflow.consortium.changed`), in the change's transaction. */
    private readonly publisher: EventPublisher,
    /** The directory's spelling of each member (`重交大` → `重庆交通大学`), so that two names of one organisation are one member. */
    private readonly names: OrganisationNames = namesAsTyped,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  create(actor: Actor, input: ConsortiumCreate): Promise<StoredConsortium> {
    if (!actor.organisation?.trim()) throw new ConsortiumError('NO_ORGANISATION', '您的账号未关联单位，无法组建联合体 Your account names no organisation, so it cannot lead a consortium');
    return this.db.transaction(async (tx) => {
      const lead = await this.names.canonical(tx, actor.organisation ?? '');
      const members = await this.spelled(tx, input.members.map(withId));
      refuseBreach(members, lead, true);
      const now = this.clock();
      const consortium: StoredConsortium = {
        id: randomUUID(),
        name: input.name.en ? { zh: input.name.zh, en: input.name.en } : { zh: input.name.zh },
        description: input.description ?? null,
        leadOrganisation: lead,
        members,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
        version: 1,
      };
      await this.repository.insert(tx, consortium);
      await this.announce(tx, consortium);
      return consortium;
    });
  }

  async get(actor: Actor, id: string): Promise<StoredConsortium> {
    return this.readable(actor, await this.repository.find(this.db, id), id);
  }

  /** The consortia the caller reads, newest first, by name or member organisation. */
  list(actor: Actor, query: Omit<ConsortiumListQuery, 'memberKey'>): Promise<StoredConsortium[]> {
    if (readsEverything(actor)) return this.repository.list(this.db, query);
    if (!actor.organisation?.trim()) return Promise.resolve([]);
    return this.repository.list(this.db, { ...query, memberKey: organisationKey(actor.organisation) });
  }

  replaceMembers(actor: Actor, id: string, members: ConsortiumMemberInput[], expectedVersion?: number): Promise<StoredConsortium> {
    return this.change(actor, id, expectedVersion, () => members.map(withId));
  }

  addMember(actor: Actor, id: string, member: ConsortiumMemberInput): Promise<StoredConsortium> {
    return this.change(
      actor,
      id,
      undefined,
      (current) => [...current.members, withId({ ...member, role: 'member' })],
      // Said of the one added, at its field (under the directory's names, so an alias counts): the list-wide check
      // would name positions in a list the caller never sent.
      (members) => {
        const added = members[members.length - 1];
        if (!consortiumIncludes(members.slice(0, -1), added.organisation)) return;
        const message = `「${added.organisation}」已是该联合体的成员 "${added.organisation}" is already a member of this consortium`;
        throw new ConsortiumError('DUPLICATE_MEMBER', message, [{ path: 'organisation', message }]);
      },
    );
  }

  removeMember(actor: Actor, id: string, memberId: string): Promise<StoredConsortium> {
    return this.change(actor, id, undefined, (current) => {
      if (!current.members.some((member) => member.id === memberId)) throw new ConsortiumError('MEMBER_NOT_FOUND', `联合体中没有该成员 No member ${memberId} in this consortium`);
      return current.members.filter((member) => member.id !== memberId);
    });
  }

  /** The consortium, locked, for an application in its name: the caller must be an applicant of its lead organisation. */
  async forApplication(tx: SqlExecutor, actor: Actor, id: string): Promise<StoredConsortium> {
    const consortium = await this.repository.find(tx, id, true);
    if (!consortium) throw notFound(id);
    if (!managesConsortium(actor, consortium)) {
      throw new ConsortiumError('NOT_LEAD', `只有牵头单位「${consortium.leadOrganisation}」的申报账号可以以该联合体名义申报 Only applicants of the lead organisation "${consortium.leadOrganisation}" apply in the consortium's name`);
    }
    return consortium;
  }

  private change(
    actor: Actor,
    id: string,
    expectedVersion: number | undefined,
    next: (current: StoredConsortium) => StoredConsortiumMember[],
    refuseFirst?: (members: readonly StoredConsortiumMember[]) => void,
  ): Promise<StoredConsortium> {
    return this.db.transaction(async (tx) => {
      const current = this.readable(actor, await this.repository.find(tx, id, true), id);
      if (!managesConsortium(actor, current)) {
        throw new ConsortiumError('NOT_LEAD', `只有牵头单位「${current.leadOrganisation}」的申报账号可以管理成员 Only applicants of the lead organisation "${current.leadOrganisation}" manage the members`);
      }
      if (expectedVersion !== undefined && expectedVersion !== current.version) {
        throw new ConsortiumError('VERSION_CONFLICT', `联合体已被修改（版本 ${current.version}，请求基于 ${expectedVersion}） The consortium changed meanwhile (version ${current.version}, you had ${expectedVersion})`);
      }
      const members = await this.spelled(tx, next(current));
      refuseFirst?.(members);
      refuseBreach(members, current.leadOrganisation, false);
      await this.refuseWhileApplying(tx, current);
      await this.repository.replaceMembers(tx, id, members);
      const changed = { ...current, members, version: current.version + 1, updatedAt: this.clock() };
      await this.announce(tx, changed);
      return changed;
    });
  }

  /** Members do not change under a live application: its parties, as the evaluation service checks conflicts against them, are the members it was made with. */
  private async refuseWhileApplying(tx: SqlExecutor, consortium: StoredConsortium): Promise<void> {
    const applications = await this.runner.store.list<ApplicationSubject>(tx, { machineId: APPLICATION_LIFECYCLE.id, subject: { consortiumId: consortium.id }, limit: 1000 });
    const live = applications.find((application) => blocksNewApplication(application.stage));
    if (live) {
      throw new ConsortiumError(
        'CONSORTIUM_IN_USE',
        `联合体正以现有成员申报（申报 ${live.subjectId}，当前阶段 ${live.stage}），撤回或办结前成员不可变更 The consortium is applying with its present members (application ${live.subjectId}, stage ${live.stage}); members change only once it is withdrawn or rejected`,
      );
    }
  }

  /** The whole present membership, as an outbox row of the change's transaction (the registry matches consortia on it). */
  private async announce(tx: SqlExecutor, consortium: StoredConsortium): Promise<void> {
    await this.publisher.publish(tx, 'workflow.consortium.v1', 'workflow.consortium.changed', {
      subject: consortium.id,
      data: {
        consortiumId: consortium.id,
        name: consortium.name,
        leadOrganisation: consortium.leadOrganisation,
        members: consortium.members.map((member) => ({ organisation: member.organisation, kind: member.kind, role: member.role, contribution: member.contribution })),
        version: consortium.version,
        at: consortium.updatedAt.toISOString(),
      },
    });
  }

  private async spelled(tx: SqlExecutor, members: StoredConsortiumMember[]): Promise<StoredConsortiumMember[]> {
    const spelled: StoredConsortiumMember[] = [];
    for (const member of members) spelled.push({ ...member, organisation: await this.names.canonical(tx, member.organisation) });
    return spelled;
  }

  private readable(actor: Actor, consortium: StoredConsortium | null, id: string): StoredConsortium {
    if (!consortium) throw notFound(id);
    if (!readsConsortium(actor, consortium)) throw new OutOfScopeError({ zh: `联合体 ${id}`, en: `the consortium ${id}` });
    return consortium;
  }
}

function notFound(id: string): ConsortiumError {
  return new ConsortiumError('CONSORTIUM_NOT_FOUND', `联合体不存在 No consortium ${id}`);
}

function withId(member: ConsortiumMemberInput | StoredConsortiumMember): StoredConsortiumMember {
  return { id: 'id' in member ? member.id : randomUUID(), organisation: member.organisation.trim(), kind: member.kind, role: member.role, contribution: member.contribution.trim() };
}

function refuseBreach(members: readonly ConsortiumMember[], lead: string, creating: boolean): void {
  const breach = consortiumMembershipBreach(members, lead, creating);
  if (breach) throw new ConsortiumError(breach.code, breach.message, breach.field ? [{ path: breach.field, message: breach.message }] : undefined);
}
