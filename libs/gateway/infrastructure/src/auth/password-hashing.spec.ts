import { hash as bcryptHash } from 'bcryptjs';
import { DEFAULT_PASSWORD_HASHING, hashPassword, verifyPassword, type PasswordHashing } from './password-hashing';
import { SignInPasswords } from './sign-in-passwords';

const CHEAP: PasswordHashing = { memoryCost: 1024, timeCost: 1 };

describe('password hashing', () => {
  it('hashes with argon2id at OWASP parameters by default (19 MiB, 2 passes, 1 lane)', async () => {
    const stored = await hashPassword('correct horse');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(DEFAULT_PASSWORD_HASHING).toEqual({ memoryCost: 19_456, timeCost: 2 });
    expect(await verifyPassword(stored, 'correct horse')).toEqual({ matches: true, outdated: false });
    expect(await verifyPassword(stored, 'Correct horse')).toEqual({ matches: false, outdated: false });
  });

  it('still verifies bcrypt hashes of accounts made before, and says they are to be replaced', async () => {
    for (const legacy of [await bcryptHash('old secret', 4), (await bcryptHash('old secret', 4)).replace(/^\$2b\$/, '$2a$')]) {
      expect(await verifyPassword(legacy, 'old secret', CHEAP)).toEqual({ matches: true, outdated: true });
      expect((await verifyPassword(legacy, 'wrong', CHEAP)).matches).toBe(false);
    }
  });

  it('calls an argon2id hash of other parameters outdated once it matches; never matches an unknown format', async () => {
    const cheap = await hashPassword('pw', CHEAP);
    expect(await verifyPassword(cheap, 'pw', CHEAP)).toEqual({ matches: true, outdated: false });
    expect(await verifyPassword(cheap, 'pw')).toEqual({ matches: true, outdated: true });
    expect(await verifyPassword(cheap, 'nope')).toEqual({ matches: false, outdated: false });
    expect(await verifyPassword('plain-text', 'plain-text')).toEqual({ matches: false, outdated: false });
  });
});

describe('sign-in password checks', () => {
  const passwords = new SignInPasswords(CHEAP, { concurrent: 2, queued: 4 });
  const account = (passwordHash: string) => async () => ({ id: 'a-1', passwordHash });

  it('hands back an argon2id hash to store when a bcrypt hash matched, and none otherwise', async () => {
    const upgraded = await passwords.authenticate(account(await bcryptHash('pw', 4)), 'pw');
    expect(upgraded).toEqual({ account: { id: 'a-1', passwordHash: expect.stringMatching(/^\$2b\$/) }, upgradedHash: expect.stringMatching(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/) });
    expect((await verifyPassword(upgraded?.upgradedHash as string, 'pw', CHEAP)).matches).toBe(true);
    expect(await passwords.authenticate(account(await passwords.hash('pw')), 'pw')).toEqual({ account: expect.objectContaining({ id: 'a-1' }) });
    expect(await passwords.authenticate(account(await bcryptHash('pw', 4)), 'wrong')).toBeNull();
  });

  it('never signs in without an account (the password checked against a dummy argon2id hash of the same cost)', async () => {
    expect(await passwords.authenticate(async () => null, '')).toBeNull();
    expect(await passwords.authenticate(async () => null, 'anything')).toBeNull();
  });

  it('looks nobody up when refused for want of a slot', async () => {
    const full = new SignInPasswords(CHEAP, { concurrent: 1, queued: 0 });
    let lookups = 0;
    const find = async () => ((lookups += 1), null);
    const results = await Promise.allSettled([full.authenticate(find, 'a'), full.authenticate(find, 'b')]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect(lookups).toBe(1);
  });
});
