import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { answer, configureApiClient, http, type Schema } from '../api/client';

export type User = Schema<'User'>;
export type Role = User['roles'][number];

interface Stored {
  token: string;
  /** One use: renews the access token (and is replaced by the next one) before it runs out. */
  refreshToken: string;
  user: User;
  expiresAt: number;
  /** When to renew the access token: a minute before it runs out, or at 80 % of a shorter life. */
  renewAt: number;
  /** When the session ends unless renewed before. */
  refreshExpiresAt: number;
  /** Signed in with a password someone else set: only changing it is allowed. */
  passwordChangeRequired: boolean;
}

interface SessionState {
  user: User | null;
  /** Why the last session ended, shown on the sign-in page ('expired' when the server refused the token). */
  endedBecause: 'expired' | null;
  /** The password was set by someone else (first administrator, reset): it must be changed before anything else. */
  passwordChangeRequired: boolean;
  signIn: (username: string, password: string) => Promise<void>;
  changePassword: (currentPassword: string, newPassword: string) => Promise<void>;
  signOut: () => void;
  hasRole: (...roles: Role[]) => boolean;
}

// Per browser tab: closing the tab signs out, and one tab's account does not leak into another's.
const STORAGE_KEY = 'scq.session';

function readStored(): Stored | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    return stored && typeof stored.refreshToken === 'string' && stored.refreshExpiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

const SessionContext = createContext<SessionState | null>(null);

// One renewal at a time: a refresh token works once, so two requests must not both spend it.
let renewing: Promise<string | null> | null = null;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<Stored | null>(readStored);
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(null);
  const queries = useQueryClient();

  // What one account read is never shown to the next one signing in at this tab.
  const end = useCallback(
    (reason: 'expired' | null) => {
      sessionStorage.removeItem(STORAGE_KEY);
      queries.clear();
      setStored(null);
      setEndedBecause(reason);
    },
    [queries],
  );

  const keep = useCallback((signedIn: Schema<'LoginResponse'>) => {
    const now = Date.now();
    const next: Stored = {
      token: signedIn.accessToken,
      refreshToken: signedIn.refreshToken,
      user: signedIn.user,
      expiresAt: now + signedIn.expiresIn * 1000,
      renewAt: now + signedIn.expiresIn * 1000 - Math.min(60_000, signedIn.expiresIn * 200),
      refreshExpiresAt: now + signedIn.refreshExpiresIn * 1000,
      passwordChangeRequired: signedIn.passwordChangeRequired,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setEndedBecause(null);
    setStored(next);
  }, []);

  const renew = useCallback((): Promise<string | null> => {
    renewing ??= renewSession(readStored()?.refreshToken)
      .then((renewed) => {
        if (renewed === 'ended') {
          end('expired');
          return null;
        }
        if (renewed === 'unreachable') return null;
        keep(renewed);
        return renewed.accessToken;
      })
      .finally(() => {
        renewing = null;
      });
    return renewing;
  }, [end, keep]);

  // Set during render, not in an effect: the pages' first requests (their effects run before ours) need the token.
  configureApiClient(() => readStored()?.token ?? null, () => end('expired'), renew);

  // Renew the access token before it runs out; try again shortly when the server cannot be reached.
  useEffect(() => {
    if (!stored) return;
    const timer = window.setTimeout(
      () =>
        void renew().then((token) => {
          if (token === null && readStored()) window.setTimeout(() => void renew(), 15_000);
        }),
      Math.max(0, stored.renewAt - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [stored, renew]);

  const signOut = useCallback(() => {
    const token = readStored()?.token;
    // Ends the session at the server too: its tokens stop working everywhere at once.
    if (token) void fetch('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
    end(null);
  }, [end]);

  const signIn = useCallback(async (username: string, password: string) => keep(await answer(http.POST('/api/auth/login', { body: { username, password } }))), [keep]);
  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string) => keep(await answer(http.POST('/api/auth/password', { body: { currentPassword, newPassword } }))),
    [keep],
  );

  const value = useMemo<SessionState>(
    () => ({
      user: stored?.user ?? null,
      endedBecause,
      passwordChangeRequired: stored?.passwordChangeRequired ?? false,
      signIn,
      changePassword,
      signOut,
      hasRole: (...roles) => Boolean(stored?.user.roles.some((role) => roles.includes(role))),
    }),
    [stored, endedBecause, signIn, changePassword, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; pages behind the shell are only rendered with one. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

/** The refresh endpoint, outside the API client (whose refusals would end the session twice): new tokens, or why not. */
async function renewSession(refreshToken: string | undefined): Promise<Schema<'LoginResponse'> | 'ended' | 'unreachable'> {
  if (!refreshToken) return 'ended';
  try {
    const response = await fetch('/api/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ refreshToken }) });
    if (response.ok) return (await response.json()) as Schema<'LoginResponse'>;
    return response.status === 401 || response.status === 400 ? 'ended' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}
