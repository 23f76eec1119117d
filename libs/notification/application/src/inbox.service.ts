import type { Recipient } from '@scq/notification-domain';
import type { Database, TimeIdPosition } from '@scq/platform-persistence';
import type { InboxItem } from './notification-records';
import type { InboxChanges, InboxRepository, InboxStatus, Page } from './notification.ports';

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

/** The in-app channel: list, unread counts, read one, read all, archive and bring back. */
export class InboxService {
  constructor(
    private readonly db: Database,
    private readonly inbox: InboxRepository,
    private readonly changes: InboxChanges,
  ) {}

  list(owner: InboxOwner, scope: InboxScope, query: { status: InboxStatus; limit: number; after: TimeIdPosition | null }): Promise<Page<InboxItem>> {
    return this.inbox.list(this.db, inboxRecipients(owner, scope), query);
  }

  async unreadCounts(owner: InboxOwner): Promise<UnreadCounts> {
    const [user, unit = 0] = await this.inbox.unreadCounts(this.db, [{ type: 'user', id: owner.userId }, ...(owner.unit ? [{ type: 'unit' as const, id: owner.unit }] : [])]);
    return { unit, user, total: unit + user };
  }

  async markRead(owner: InboxOwner, itemId: string): Promise<InboxItem | null> {
    const item = await this.inbox.markRead(this.db, itemId, inboxRecipients(owner, 'all'), owner.userId, new Date());
    if (item) this.changes.changed(this.db, [item.recipient]);
    return item;
  }

  async markAllRead(owner: InboxOwner, scope: InboxScope): Promise<number> {
    let marked = 0;
    const recipients = inboxRecipients(owner, scope);
    for (const recipient of recipients) marked += await this.inbox.markAllRead(this.db, recipient, owner.userId, new Date());
    if (marked > 0) this.changes.changed(this.db, recipients);
    return marked;
  }

  /** Archives the item (`archived` true) or brings it back; null if it is neither the caller's nor their unit's. */
  async setArchived(owner: InboxOwner, itemId: string, archived: boolean): Promise<InboxItem | null> {
    const item = await this.inbox.setArchived(this.db, itemId, inboxRecipients(owner, 'all'), archived ? { by: owner.userId, at: new Date() } : null);
    if (item) this.changes.changed(this.db, [item.recipient]);
    return item;
  }
}
