import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { answer, configureApiClient, http, type Schema } from '../api/client';

export type User = Schema<'User'>;
export type Role = User['roles'][number];

interface Stored {
  token: string;
  user: User;
  expiresAt: number;
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
    return stored && stored.expiresAt > Date.now() ? stored : null;
  } catch {
    return null;
  }
}

const SessionContext = createContext<SessionState | null>(null);

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

  // Set during render, not in an effect: the pages' first requests (their effects run before ours) need the token.
  configureApiClient(
    () => readStored()?.token ?? null,
    () => end('expired'),
  );

  // Sign out when the token runs out, rather than at the next refused request.
  useEffect(() => {
    if (!stored) return;
    const timer = window.setTimeout(() => end('expired'), Math.max(0, stored.expiresAt - Date.now()));
    return () => window.clearTimeout(timer);
  }, [stored, end]);

  const keep = useCallback((signedIn: Schema<'LoginResponse'>) => {
    const next: Stored = { token: signedIn.accessToken, user: signedIn.user, expiresAt: Date.now() + signedIn.expiresIn * 1000, passwordChangeRequired: signedIn.passwordChangeRequired };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setEndedBecause(null);
    setStored(next);
  }, []);

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
      signOut: () => end(null),
      hasRole: (...roles) => Boolean(stored?.user.roles.some((role) => roles.includes(role))),
    }),
    [stored, endedBecause, signIn, changePassword, end],
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
