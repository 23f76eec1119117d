import { generateServiceTokenKey, publicKeySet, SERVICE_TOKEN_AUDIENCE, serviceTokenSigner, serviceTokenVerifier } from './service-token';
import { importJWK, SignJWT, type KeyLike } from 'jose';

describe('service tokens between the gateway and the services', () => {
  const key = generateServiceTokenKey();
  const verifier = serviceTokenVerifier(publicKeySet(key));
  const officer = { id: 'demo-officer-urban', roles: ['officer' as const], unit: '市城市管理局', organisation: '重庆市城市管理局', district: null };
  const refusal = (token: string) => verifier.actorOf(token).then(() => 'accepted', (error: { getResponse(): { code: string } }) => error.getResponse().code);

  it('names the caller the gateway signed for, and nothing else', async () => {
    const signer = await serviceTokenSigner(key);
    await expect(verifier.actorOf(await signer.sign(officer))).resolves.toEqual(officer);
    const districtOfficer = { ...officer, id: 'demo-officer-yuzhong', unit: null, district: '渝中区' };
    await expect(verifier.actorOf(await signer.sign(districtOfficer))).resolves.toEqual(districtOfficer);
    expect(publicKeySet(key).keys[0]).not.toHaveProperty('d');
    expect(signer.publicKeys.keys[0].kid).toBe(key.kid);
  });

  it('refuses a token of another key, for another audience, expired, naming an unknown role, or not a token', async () => {
    const stranger = await serviceTokenSigner(generateServiceTokenKey());
    expect(await refusal(await stranger.sign(officer))).toBe('TOKEN_INVALID');
    const privateKey = (await importJWK(key, 'EdDSA')) as KeyLike;
    const token = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT) =>
      build(new SignJWT({ roles: ['officer'], ...claims }).setProtectedHeader({ alg: 'EdDSA', kid: key.kid }).setSubject('x').setIssuer('scq-gateway')).sign(privateKey);
    expect(await refusal(await token({}, (jwt) => jwt.setAudience('somebody-else').setExpirationTime('1m')))).toBe('TOKEN_INVALID');
    expect(await refusal(await token({}, (jwt) => jwt.setAudience(SERVICE_TOKEN_AUDIENCE).setExpirationTime(Math.floor(Date.now() / 1000) - 10)))).toBe('TOKEN_EXPIRED');
    expect(await refusal(await token({ roles: ['system'] }, (jwt) => jwt.setAudience(SERVICE_TOKEN_AUDIENCE).setExpirationTime('1m')))).toBe('TOKEN_INVALID');
    expect(await refusal('not.a.token')).toBe('TOKEN_INVALID');
  });

  it('signs one token per caller for the first half of its life, not one per request', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-06T10:00:00Z') });
    try {
      const signer = await serviceTokenSigner(key);
      const first = await signer.sign(officer);
      jest.setSystemTime(new Date('2026-12-06T10:00:05Z'));
      expect(await signer.sign(officer)).toBe(first);
      expect(await signer.sign({ ...officer, roles: ['officer', 'admin'] })).not.toBe(first);
      jest.setSystemTime(new Date('2026-12-06T10:00:31Z'));
      const renewed = await signer.sign(officer);
      expect(renewed).not.toBe(first);
      await expect(verifier.actorOf(renewed)).resolves.toEqual(officer);
      // A verified token is believed until it expires, and no longer.
      await expect(verifier.actorOf(renewed)).resolves.toEqual(officer);
      jest.setSystemTime(new Date('2026-12-06T10:01:32Z'));
      expect(await refusal(renewed)).toBe('TOKEN_EXPIRED');
    } finally {
      jest.useRealTimers();
    }
  });
});
