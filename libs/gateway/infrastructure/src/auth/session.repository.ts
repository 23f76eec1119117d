import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';

export type SessionEnd = 'signed-out' | 'refresh-token-reused' | 'account-disabled' | 'password-reset' | 'password-changed';

export interface SessionLimits {
  /** How long a refresh token may wait unused (the session's idle timeout). */
  idleSeconds: number;
  /** How long a session lasts at most, however often it is refreshed. */
  maxSeconds: number;
  /** A refresh token used again within this many seconds is a race between two requests, not theft: refused without ending the session. */
  reuseGraceSeconds: number;
}

export type Rotation =
  | { ok: true; sessionId: string; userId: string; refreshToken: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'ended' | 'just-used' | 'reused' };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

/** Sessions and their one-use refresh tokens (schema `gateway`). */
export class SessionRepository {
  constructor(
    private readonly db: Database,
    private readonly limits: SessionLimits,
  ) {}

  /** A new session for the user and its first refresh token. */
  async open(userId: string): Promise<{ sessionId: string; refreshToken: string }> {
    const sessionId = randomBytes(16).toString('base64url');
    const refreshToken = newToken();
    await this.db.transaction(async (tx) => {
      await tx.query(`INSERT INTO gateway.session (id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`, [sessionId, userId, this.limits.maxSeconds]);
      await tx.query(`INSERT INTO gateway.refresh_token (token_hash, session_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`, [hashOf(refreshToken), sessionId, this.limits.idleSeconds]);
    });
    return { sessionId, refreshToken };
  }

  /**
   * Spends a refresh token and gives the next one. A token spent before is a sign it was copied: the whole session
   * ends (both holders must sign in again), unless it was spent moments ago (two requests racing).
   */
  async rotate(refreshToken: string): Promise<Rotation> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query<{ session_id: string; user_id: string; token_expired: boolean; session_live: boolean; used: boolean; used_moments_ago: boolean }>(
        `SELECT t.session_id, s.user_id, t.expires_at <= now() AS token_expired, (s.revoked_at IS NULL AND s.expires_at > now()) AS session_live,
                t.used_at IS NOT NULL AS used, t.used_at > now() - make_interval(secs => $2) AS used_moments_ago
         FROM gateway.refresh_token t JOIN gateway.session s ON s.id = t.session_id WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [hashOf(refreshToken), this.limits.reuseGraceSeconds],
      );
      const found = rows[0];
      if (!found) return { ok: false, reason: 'unknown' };
      if (!found.session_live) return { ok: false, reason: 'ended' };
      if (found.used) {
        if (found.used_moments_ago) return { ok: false, reason: 'just-used' };
        await tx.query(`UPDATE gateway.session SET revoked_at = now(), revoked_because = 'refresh-token-reused' WHERE id = $1 AND revoked_at IS NULL`, [found.session_id]);
        return { ok: false, reason: 'reused' };
      }
      if (found.token_expired) return { ok: false, reason: 'expired' };
      const next = newToken();
      await tx.query('UPDATE gateway.refresh_token SET used_at = now() WHERE token_hash = $1', [hashOf(refreshToken)]);
      await tx.query(
        `INSERT INTO gateway.refresh_token (token_hash, session_id, expires_at)
         SELECT $1, id, LEAST(expires_at, now() + make_interval(secs => $3)) FROM gateway.session WHERE id = $2`,
        [hashOf(next), found.session_id, this.limits.idleSeconds],
      );
      return { ok: true, sessionId: found.session_id, userId: found.user_id, refreshToken: next };
    });
  }

  /** Ends one session (sign-out); true when it was live. */
  async end(sessionId: string, because: SessionEnd): Promise<boolean> {
    const { rows } = await this.db.query('UPDATE gateway.session SET revoked_at = now(), revoked_because = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id', [sessionId, because]);
    return rows.length > 0;
  }

  /** Ends every session of a person (disabled, password reset), but `keep`. */
  async endAllOf(userId: string, because: SessionEnd, keep: string | null = null): Promise<number> {
    const { rows } = await this.db.query(
      `UPDATE gateway.session SET revoked_at = now(), revoked_because = $2 WHERE user_id = $1 AND revoked_at IS NULL AND ($3::text IS NULL OR id <> $3) RETURNING id`,
      [userId, because, keep],
    );
    return rows.length;
  }

  /** Whether the session still stands: not ended, not past its absolute end. */
  async isLive(sessionId: string): Promise<boolean> {
    const { rows } = await this.db.query('SELECT 1 FROM gateway.session WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()', [sessionId]);
    return rows.length > 0;
  }
}
