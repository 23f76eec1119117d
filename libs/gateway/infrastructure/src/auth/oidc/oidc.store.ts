import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@scq/platform-persistence';

const hashOf = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** How long a sign-in begun at the provider may take, and how long the console has to collect the person. */
export const LOGIN_STATE_SECONDS = 600;
export const HANDOFF_SECONDS = 60;

export interface LoginState {
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Single sign-on's one-use secrets (schema `gateway`), kept only as hashes. */
export class OidcStore {
  constructor(private readonly db: Database) {}

  /** Keeps a new sign-in's state, bound to the browser that began it (the hash of its cookie). */
  async begin(state: string, browser: string, login: LoginState): Promise<void> {
    await this.db.query(`DELETE FROM gateway.oidc_login_state WHERE expires_at < now() - interval '1 hour'`);
    await this.db.query(
      `INSERT INTO gateway.oidc_login_state (state_hash, browser_hash, nonce, code_verifier, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [hashOf(state), hashOf(browser), login.nonce, login.codeVerifier, login.returnTo, LOGIN_STATE_SECONDS],
    );
  }

  /**
   * Spends a state: what its sign-in needs, once, from the browser that began it, within its time; null otherwise.
   * A state presented by another browser is spent too (whoever holds it is not to try again).
   */
  async spend(state: string, browser: string | null): Promise<LoginState | null> {
    const { rows } = await this.db.query<{ browser_hash: string; nonce: string; code_verifier: string; return_to: string; live: boolean }>(
      'DELETE FROM gateway.oidc_login_state WHERE state_hash = $1 RETURNING browser_hash, nonce, code_verifier, return_to, expires_at > now() AS live',
      [hashOf(state)],
    );
    const found = rows[0];
    if (!found || !found.live || browser === null || found.browser_hash !== hashOf(browser)) return null;
    return { nonce: found.nonce, codeVerifier: found.code_verifier, returnTo: found.return_to };
  }

  /** A one-time code the console exchanges for the person's session. */
  async handOff(userId: string, returnTo: string): Promise<string> {
    const code = randomToken();
    await this.db.query(`DELETE FROM gateway.oidc_handoff WHERE expires_at < now() - interval '1 hour'`);
    await this.db.query('INSERT INTO gateway.oidc_handoff (code_hash, user_id, return_to, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))', [
      hashOf(code),
      userId,
      returnTo,
      HANDOFF_SECONDS,
    ]);
    return code;
  }

  /** Spends a handoff code: whom it hands over, once, within its 60 seconds; null otherwise. */
  async collect(code: string): Promise<{ userId: string; returnTo: string } | null> {
    const { rows } = await this.db.query<{ user_id: string; return_to: string; live: boolean }>(
      'DELETE FROM gateway.oidc_handoff WHERE code_hash = $1 RETURNING user_id, return_to, expires_at > now() AS live',
      [hashOf(code)],
    );
    const found = rows[0];
    return found?.live ? { userId: found.user_id, returnTo: found.return_to } : null;
  }
}
