import type { Recipient } from '@scq/notification-domain';
import type { Database, TimeIdPosition } from '@scq/platform-persistence';
import type { InboxItem } from './notification-records';
import type { InboxRepository, Page } from './notification.ports';

export interface UnreadCounts {
  unit: number;
  user: number;
  total: number;
}

/** A caller's inboxes: their unit's (shared by its members) and their own. */
export interface InboxOwner {
  userId: string;
  unit: string | null;
}

export type InboxScope = 'all' | 'unit' | 'user';

export function inboxRecipients(owner: InboxOwner, scope: InboxScope): Recipient[] {
  const recipients: Recipient[] = [];
  if (scope !== 'user' && owner.unit) recipients.push({ type: 'unit', id: owner.unit });
  if (scope !== 'unit') recipients.push({ type: 'user', id: owner.userId });
  return recipients;
}

/** The in-app channel: list, unread counts, read one, read all. */
export class InboxService {
  constructor(
    private readonly db: Database,
    private readonly inbox: InboxRepository,
  ) {}

  list(owner: InboxOwner, scope: InboxScope, query: { status: 'unread' | 'read' | 'all'; limit: number; after: TimeIdPosition | null }): Promise<Page<InboxItem>> {
    return this.inbox.list(this.db, inboxRecipients(owner, scope), query);
  }

  async unreadCounts(owner: InboxOwner): Promise<UnreadCounts> {
    const unit = owner.unit ? (await this.inbox.unreadCounts(this.db, [{ type: 'unit', id: owner.unit }]))[0] : 0;
    const [user] = await this.inbox.unreadCounts(this.db, [{ type: 'user', id: owner.userId }]);
    return { unit, user, total: unit + user };
  }

  markRead(owner: InboxOwner, itemId: string): Promise<InboxItem | null> {
    return this.inbox.markRead(this.db, itemId, inboxRecipients(owner, 'all'), owner.userId, new Date());
  }

  async markAllRead(owner: InboxOwner, scope: InboxScope): Promise<number> {
    let marked = 0;
    for (const recipient of inboxRecipients(owner, scope)) marked += await this.inbox.markAllRead(this.db, recipient, owner.userId, new Date());
    return marked;
  }
}
