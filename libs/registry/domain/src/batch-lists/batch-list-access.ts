import { BatchListError } from './batch-list.errors';
import { defaultBatchListIssuer } from './batch-list-input';

/** Who is asking, as the gateway vouches for it. */
export interface BatchListCaller {
  id: string;
  roles: readonly string[];
  unit: string | null;
}

const MANAGERS = ['coordinator', 'admin'];

/** 市发展改革委 "分批次发布应用场景项目清单": only the coordinator (or an admin) drafts, publishes and corrects lists. */
export function batchListManagementRefusal(caller: BatchListCaller | null): BatchListError | null {
  if (!caller) return new BatchListError('unauthenticated', 'UNAUTHENTICATED', '需要登录 Sign-in required: no user identity on the request');
  if (caller.roles.some((role) => MANAGERS.includes(role))) return null;
  const coordinatorUnit = defaultBatchListIssuer();
  return new BatchListError(
    'forbidden',
    'NOT_COORDINATOR',
    `只有统筹单位（${coordinatorUnit}，coordinator 角色）或管理员可以编制、发布和更正批次清单；您的角色：${caller.roles.join(', ') || '无'} ` +
      `Only the coordinator (${coordinatorUnit}) or an admin may draft, publish and correct batch lists; your roles: ${caller.roles.join(', ') || 'none'}`,
  );
}

/** Drafts are working papers: only those who manage lists see them; everyone sees published and superseded lists. */
export function maySeeDraftBatchLists(caller: BatchListCaller | null): boolean {
  return batchListManagementRefusal(caller) === null;
}
