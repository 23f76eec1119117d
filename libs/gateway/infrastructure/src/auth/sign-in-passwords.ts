import { randomBytes } from 'node:crypto';
import { BoundedSemaphore } from '../throttling/bounded-semaphore';
import { DEFAULT_PASSWORD_HASHING, hashPassword, isPasswordHash, verifyPassword, type PasswordHashing } from './password-hashing';

export interface PasswordCheckBound {
  /** Password verifications running at once in this process. */
  concurrent: number;
  /** Sign-ins waiting for one; beyond that a sign-in is refused at once (SemaphoreQueueFullError). */
  queued: number;
}

export interface Authenticated<A> {
  account: A;
  /** An argon2id hash of the password to store in place of an outdated one (an old bcrypt hash). */
  upgradedHash?: string;
}

/**
 * The password checks of sign-in, bounded per process so that a flood of attempts cannot take every CPU (nor libuv's
 * thread pool) from the other requests. An unknown username is checked against a dummy hash of the same cost, so it
 * takes as long as a wrong password.
 */
export class SignInPasswords {
  private readonly gate: BoundedSemaphore;
  private dummyHash?: Promise<string>;

  constructor(
    private readonly hashing: PasswordHashing = DEFAULT_PASSWORD_HASHING,
    bound: PasswordCheckBound = { concurrent: 2, queued: 32 },
  ) {
    this.gate = new BoundedSemaphore(bound.concurrent, bound.queued);
  }

  hash(plain: string): Promise<string> {
    return hashPassword(plain, this.hashing);
  }

  /**
   * Finds the account and checks the password in one of the bounded slots (a refused sign-in costs no lookup either);
   * null when there is no such account, the account has no password (single sign-on only) or the password is wrong. Rejects with SemaphoreQueueFullError when too many wait.
   */
  authenticate<A extends { passwordHash: string }>(find: () => Promise<A | null>, plain: string): Promise<Authenticated<A> | null> {
    return this.gate.run(async () => {
      const found = await find();
      // A person without a password (single sign-on) is checked against the dummy too: as slow as a wrong password.
      const account = found && isPasswordHash(found.passwordHash) ? found : null;
      const { matches, outdated } = await verifyPassword(account?.passwordHash ?? (await this.dummy()), plain, this.hashing);
      if (!account || !matches) return null;
      return outdated ? { account, upgradedHash: await this.hash(plain) } : { account };
    });
  }

  private dummy(): Promise<string> {
    return (this.dummyHash ??= this.hash(randomBytes(24).toString('base64')));
  }
}
