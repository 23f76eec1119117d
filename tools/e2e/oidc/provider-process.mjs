// A real OpenID provider for the single sign-on tests (`oidc-provider`, an ES module: jest's CommonJS runtime cannot
// load it, so it runs as a child process). One confidential client for the gateway's callback, PKCE required,
// oidc-provider's own development login and consent pages (any password), and accounts whose claims the test sets:
//   OIDC_TEST_REDIRECT_URI   the gateway's /api/auth/oidc/callback
//   OIDC_TEST_CLIENT_ID, OIDC_TEST_CLIENT_SECRET
//   OIDC_TEST_ACCOUNTS       JSON { "<login>": { claims… } }; a login not listed signs in with no claims but `sub`
// `PUT /test/accounts/<login>` with a JSON body replaces that account's claims (the provider changed someone's groups).
// Prints `{"issuer":"http://127.0.0.1:<port>"}` once listening.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';

const accounts = new Map(Object.entries(JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}')));
const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.OIDC_TEST_CLIENT_ID,
      client_secret: process.env.OIDC_TEST_CLIENT_SECRET,
      redirect_uris: [process.env.OIDC_TEST_REDIRECT_URI],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups', 'department'], email: ['email'] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, ...(accounts.get(id) ?? {}) }) };
  },
});
provider.on('server_error', (_ctx, error) => console.error('oidc-provider server_error', error));

const handle = provider.callback();
server.on('request', (request, response) => {
  const match = /^\/test\/accounts\/([^/?]+)$/.exec(request.url ?? '');
  if (request.method === 'PUT' && match) {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      accounts.set(decodeURIComponent(match[1]), JSON.parse(body));
      response.writeHead(204).end();
    });
    return;
  }
  handle(request, response);
});
console.log(JSON.stringify({ issuer }));
