import { argon2id, hash, needsRehash, verify } from 'argon2';
import { compare } from 'bcryptjs';
import { randomBytes } from 'node:crypto';

/** argon2id cost: memory in KiB and passes over it (one lane). Tests lower it; production keeps the defaults. */
export interface PasswordHashing {
  memoryCost: number;
  timeCost: number;
}

/** OWASP's recommended argon2id minimum: 19 MiB, 2 passes, parallelism 1. */
export const DEFAULT_PASSWORD_HASHING: PasswordHashing = { memoryCost: 19_456, timeCost: 2 };

export interface PasswordCheck {
  matches: boolean;
  /** The stored hash is bcrypt (accounts from before argon2id) or argon2id with other parameters: hash the password again. */
  outdated: boolean;
}

const ARGON2ID = /^\$argon2id\$/;
const BCRYPT = /^\$2[aby]\$/;

/** An argon2id hash (PHC string) of the password; computed in libuv's thread pool, off the event loop. */
export function hashPassword(plain: string, hashing: PasswordHashing = DEFAULT_PASSWORD_HASHING): Promise<string> {
  return hash(plain, { type: argon2id, memoryCost: hashing.memoryCost, timeCost: hashing.timeCost, parallelism: 1 });
}

/** Checks the password against an argon2id or a bcrypt (`$2a$`/`$2b$`) hash; any other stored value never matches. */
export async function verifyPassword(stored: string, plain: string, hashing: PasswordHashing = DEFAULT_PASSWORD_HASHING): Promise<PasswordCheck> {
  if (BCRYPT.test(stored)) return { matches: await compare(plain, stored), outdated: true };
  if (!ARGON2ID.test(stored)) return { matches: false, outdated: false };
  const matches = await verify(stored, plain);
  return { matches, outdated: matches && needsRehash(stored, { ...hashing, parallelism: 1 }) };
}

/** A password someone else chose (the generated first administrator's, a reset): 24 characters from 18 random bytes. */
export function temporaryPasswordText(): string {
  return randomBytes(18).toString('base64url');
}
