import type { SessionRepository } from './session.repository';

const REMEMBERED = 10_000;

/**
 * Whether a session still stands, asked of the database at most once every `ttlMs` per session: a sign-out or a
 * disabled account ends the session's access tokens at once in this process (it forgets what it remembered) and within
 * `ttlMs` in every other gateway replica, for one indexed read per session and interval.
 */
export class LiveSessions {
  private readonly remembered = new Map<string, { live: boolean; until: number }>();

  constructor(
    private readonly sessions: SessionRepository,
    private readonly ttlMs = 2000,
  ) {}

  async isLive(sessionId: string): Promise<boolean> {
    const known = this.remembered.get(sessionId);
    if (known && known.until > Date.now()) return known.live;
    const live = await this.sessions.isLive(sessionId);
    if (this.remembered.size >= REMEMBERED) this.remembered.delete(this.remembered.keys().next().value as string);
    this.remembered.set(sessionId, { live, until: Date.now() + this.ttlMs });
    return live;
  }

  forget(sessionId?: string): void {
    if (sessionId === undefined) this.remembered.clear();
    else this.remembered.delete(sessionId);
  }
}
