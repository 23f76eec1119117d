import { ThrottlerModule } from '@nestjs/throttler';
import { Inject, Injectable, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule, type OnApplicationBootstrap, type OnApplicationShutdown, type Type } from '@nestjs/common';
import { LOGGER, ReadinessRegistry, type Logger } from '@scq/platform-observability';
import { ApiDocsModule, EdgeReadsModule, ProcessApiDocs, ProcessEdgeReads, routeOperations, serviceTokenSigner, type ApiOperation, type ServiceTokenSigner } from '@scq/platform-http';
import type { JWK } from 'jose';
import { openDatabase, type Database, type DatabaseLocation } from '@scq/platform-persistence';
import { MESSAGE_BUS, messagingMigrations, ServiceMessaging, ServiceMessagingRegistry, type MessageBus } from '@scq/platform-messaging';
import { join } from 'node:path';
import { productionDatabaseFromEnv } from '@scq/platform-runtime';
import { AccountRepository } from './auth/account.repository';
import { GATEWAY_AUTH_CONFIG } from './auth/auth.http.controller';
import { DEMO_PASSWORD, ensureRuleOrganisations, seedDemoAccounts } from './auth/demo-accounts';
import { ensureFirstAdministrator } from './auth/first-administrator';
import type { GatewayAuthConfig } from './auth/gateway-auth.config';
import { gatewayMigrations } from './auth/gateway.migrations';
import type { PasswordHashing } from './auth/password-hashing';
import { SignInPasswords } from './auth/sign-in-passwords';
import { LiveSessions } from './auth/live-sessions';
import { SessionRepository } from './auth/session.repository';
import { OidcStore } from './auth/oidc/oidc.store';
import { openIdProvider } from './auth/oidc/openid-provider';
import { SingleSignOn } from './auth/oidc/single-sign-on';
import { SsoPeople } from './auth/oidc/sso-people';
import { AuditLog, type AuditLogOptions } from './audit/audit-log';
import { AuditStore } from './audit/audit.store';
import { AuditTrailMiddleware } from './audit/audit-trail.middleware';
import { OperationCatalog, type DocumentedPaths } from './audit/operation-catalog';
import { DOCS_SERVICE_ROUTES, fetchDocument, GATEWAY_API_CONTROLLERS } from './openapi/docs.http.controller';
import { ApiRateLimitMiddleware } from './throttling/api-rate-limit.middleware';
import { loginThrottlers } from './throttling/login-throttler.guard';
import { throttlerStorageFor, type ThrottleStore } from './throttling/throttler-storage';
import { CallerIdentityMiddleware } from './auth/caller-identity.middleware';
import { SERVICE_TOKEN_SIGNER } from './auth/gateway-auth.tokens';
import { AccessTokens } from './auth/access-token';
import { JwksHttpController } from './auth/jwks.http.controller';
import { consoleStaticMiddleware } from './console/console-static.middleware';
import { serviceProxyMiddleware } from './service-proxy.middleware';
import { ProxiedStreams } from './proxied-streams';
import { DirectoryAdministration } from './directory/directory-administration';
import { DirectoryRepository } from './directory/directory.repository';
import { identityMigrations } from './directory/identity.migrations';
import { OrganisationAnnouncer } from './directory/organisation-announcer';
import type { ServiceRoute } from './service-routes';
import { EdgeReadClient } from './tasks/edge-read.client';
import { MyTasks } from './tasks/my-tasks';

export const GATEWAY_SERVICE = 'gateway';
export const GATEWAY_DATABASE = Symbol('GATEWAY_DATABASE');
/** The directory's database handle (schema `identity`, same database as the gateway's). */
export const IDENTITY_DATABASE = Symbol('IDENTITY_DATABASE');
const GATEWAY_OPTIONS = Symbol('GATEWAY_OPTIONS');

export interface GatewayOptions {
  routes: ServiceRoute[];
  /** Where the gateway's tables (schema `gateway`) and the directory (schema `identity`) live. */
  database: DatabaseLocation;
  auth: GatewayAuthConfig;
  /** The Ed25519 private key (JWK) access tokens and service tokens are signed with (`serviceTokenKeyFromEnv`); its public half is at `/.well-known/jwks.json`. */
  serviceTokenKey: JWK;
  /** argon2id cost of new password hashes, demo accounts' included (default OWASP's 19 MiB, 2 passes; tests lower it). */
  passwordHashing?: PasswordHashing;
  /** The built web console to serve at `/` (null: none, API only). */
  consoleDir?: string | null;
  /** Where request limits are counted (Redis: shared by every replica). */
  throttle?: ThrottleStore;
  /** How the audit log batches its writes (tests shorten the wait). */
  audit?: AuditLogOptions;
  /** How long a forwarded call may take before the caller gets a 502 (default 30 s; event streams have no limit). */
  upstreamTimeoutMs?: number;
}

/**
 * `GATEWAY_DATABASE_URL` or `DATABASE_URL` → PostgreSQL. Without one, outside production only: PGlite in
 * `DATA_DIR/gateway-pglite` when DATA_DIR is set, else in memory (demo accounts are seeded at every start, so nothing
 * is lost but sessions' tokens). With `NODE_ENV=production` and no URL the gateway refuses to start: its accounts,
 * sessions and audit log live in PostgreSQL (the embedded host composes the gateway with its own database instead).
 */
export function gatewayDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  return productionDatabaseFromEnv(GATEWAY_SERVICE, env, () => ({ pgliteDataDir: env.DATA_DIR ? join(env.DATA_DIR, 'gateway-pglite') : 'memory://' }));
}

/** Seeds the demo accounts before the gateway listens, reports the database in readiness, closes it on shutdown. */
@Injectable()
class GatewayRuntime implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(GATEWAY_DATABASE) private readonly db: Database,
    @Inject(IDENTITY_DATABASE) private readonly identityDb: Database,
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly accounts: AccountRepository,
    private readonly directory: DirectoryRepository,
    private readonly audit: AuditLog,
    private readonly messaging: ServiceMessaging,
    private readonly announcer: OrganisationAnnouncer,
    readiness: ReadinessRegistry,
    @Inject(MESSAGE_BUS) bus: MessageBus,
  ) {
    for (const database of [db, identityDb]) readiness.add({ name: `database:${database.schema}`, check: async () => void (await database.query('SELECT 1')) });
    const busReady = bus.ready?.bind(bus);
    if (busReady) readiness.add({ name: 'message-bus', check: busReady });
  }

  async onApplicationBootstrap(): Promise<void> {
    const { auth } = this.options;
    // The directory's outbox (schema `identity`): organisations reach the services over the bus.
    await this.messaging.start();
    const announced = await this.announcer.announceUnannounced(this.identityDb);
    if (announced > 0) this.logger.info({ organisations: announced }, 'announced organisations the services had not been told about');
    if (auth.legacySecretIgnored) this.logger.warn('JWT_SECRET / JWT_SECRET_FILE is no longer used: access tokens are signed with the Ed25519 key of SERVICE_TOKEN_PRIVATE_KEY(_FILE) and published at /.well-known/jwks.json; remove the variable');
    if (auth.trustClientIdentity) this.logger.warn('GATEWAY_TRUST_CLIENT_IDENTITY=true: requests without a token are forwarded with the x-user-* headers the client chose (tests and local demos only, never production)');
    if (auth.demoAccounts) {
      const created = await seedDemoAccounts(this.accounts, this.directory, this.options.passwordHashing);
      this.logger.warn({ usernames: created }, `DEMO_ACCOUNTS=true: demo accounts (password ${DEMO_PASSWORD}) can sign in${created.length > 0 ? `; created ${created.join(', ')}` : ''}. Never in production.`);
    }
    const admin = await ensureFirstAdministrator(this.accounts, auth.adminPassword, this.options.passwordHashing);
    if (admin?.generatedPassword) {
      // Printed once, on the console of whoever started the platform, and never logged again: it must be changed at first sign-in.
      process.stdout.write(`\n首位管理员 First administrator: username "${admin.username}", password "${admin.generatedPassword}" (shown once; change it at first sign-in, or set ADMIN_PASSWORD)\n\n`);
    } else if (admin) this.logger.info({ username: admin.username }, 'first administrator created with ADMIN_PASSWORD');
    if (auth.oidc) {
      const created = await ensureRuleOrganisations(this.directory, auth.oidc.claimRules);
      this.logger.info({ issuer: auth.oidc.issuer, clientId: auth.oidc.clientId, rules: auth.oidc.claimRules.rules.length, organisationsCreated: created }, 'single sign-on on (OpenID Connect)');
    }
  }

  /** After the HTTP server closed (every answer sent, so every entry recorded): the audit log's last entries, then the database. */
  async onApplicationShutdown(): Promise<void> {
    await this.audit.close();
    await this.messaging.stop();
    await this.db.close();
    await this.identityDb.close();
  }
}

/**
 * The HTTP edge: sign-in (`/api/auth`), the OpenAPI document (`/api/docs`), the caller of every `/api/*` request
 * decided from its Bearer token, those requests forwarded to the services named by `routes` (none in embedded
 * mode, where the services answer in this process), and the web console at `/`.
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(
    @Inject(GATEWAY_OPTIONS) private readonly options: GatewayOptions,
    private readonly streams: ProxiedStreams,
  ) {}

  static register(options: GatewayOptions): DynamicModule {
    const controllers = [...GATEWAY_API_CONTROLLERS, JwksHttpController];
    return {
      module: GatewayModule,
      imports: [
        ApiDocsModule,
        EdgeReadsModule,
        ThrottlerModule.forRoot({
          throttlers: loginThrottlers(options.auth),
          storage: throttlerStorageFor(options.throttle ?? {}),
        }),
      ],
      controllers,
      providers: [
        { provide: GATEWAY_OPTIONS, useValue: options },
        { provide: DOCS_SERVICE_ROUTES, useValue: options.routes },
        { provide: GATEWAY_AUTH_CONFIG, useValue: options.auth },
        { provide: SERVICE_TOKEN_SIGNER, useFactory: () => serviceTokenSigner(options.serviceTokenKey) },
        // Access tokens are signed with the same key (audience scq-api): the JWKS at /.well-known/jwks.json verifies both.
        { provide: AccessTokens, useFactory: () => AccessTokens.fromKey(options.serviceTokenKey) },
        // One handle on schema `identity`: the directory's tables and its outbox (PGlite allows one handle per schema).
        { provide: IDENTITY_DATABASE, useFactory: () => openDatabase({ schema: 'identity', ...options.database, migrations: [...messagingMigrations('identity'), ...identityMigrations] }) },
        {
          provide: ServiceMessaging,
          inject: [IDENTITY_DATABASE, MESSAGE_BUS, LOGGER, ServiceMessagingRegistry],
          useFactory: (db: Database, bus: MessageBus, logger: Logger, registry: ServiceMessagingRegistry) => {
            const messaging = new ServiceMessaging({ service: GATEWAY_SERVICE, db, bus, logger: logger.child({ component: 'identity-outbox' }) });
            registry.add('identity', messaging);
            return messaging;
          },
        },
        { provide: OrganisationAnnouncer, inject: [ServiceMessaging], useFactory: (messaging: ServiceMessaging) => new OrganisationAnnouncer(messaging.publisher) },
        // After the directory's migrations: they move the accounts of `gateway.account` before the gateway's drop it.
        { provide: GATEWAY_DATABASE, inject: [IDENTITY_DATABASE], useFactory: () => openDatabase({ schema: 'gateway', ...options.database, migrations: gatewayMigrations }) },
        { provide: AccountRepository, inject: [IDENTITY_DATABASE], useFactory: (db: Database) => new AccountRepository(db) },
        { provide: DirectoryRepository, inject: [IDENTITY_DATABASE, OrganisationAnnouncer], useFactory: (db: Database, announcer: OrganisationAnnouncer) => new DirectoryRepository(db, announcer) },
        { provide: SessionRepository, inject: [GATEWAY_DATABASE], useFactory: (db: Database) => new SessionRepository(db, options.auth.session) },
        { provide: LiveSessions, inject: [SessionRepository], useFactory: (sessions: SessionRepository) => new LiveSessions(sessions) },
        DirectoryAdministration,
        ProxiedStreams,
        { provide: SignInPasswords, useValue: new SignInPasswords(options.passwordHashing, options.auth.passwordChecks) },
        { provide: AuditStore, inject: [GATEWAY_DATABASE], useFactory: (db: Database) => new AuditStore(db) },
        { provide: OperationCatalog, inject: [ProcessApiDocs], useFactory: (docs: ProcessApiDocs) => operationCatalog(controllers, options.routes, docs) },
        { provide: AuditLog, inject: [AuditStore, OperationCatalog, LOGGER], useFactory: (store: AuditStore, catalog: OperationCatalog, logger: Logger) => new AuditLog(store, catalog, logger, options.audit) },
        {
          provide: SingleSignOn,
          inject: [GATEWAY_DATABASE, IDENTITY_DATABASE, AccountRepository, DirectoryRepository, LOGGER],
          useFactory: (db: Database, identityDb: Database, accounts: AccountRepository, directory: DirectoryRepository, logger: Logger) =>
            options.auth.oidc ? new SingleSignOn(options.auth.oidc, openIdProvider(options.auth.oidc), new OidcStore(db), new SsoPeople(identityDb, accounts, directory, options.auth.oidc.claimRules), logger) : null,
        },
        // 我的待办: the services' task reads, over the network (routes) or in this process (embedded mode).
        { provide: EdgeReadClient, inject: [SERVICE_TOKEN_SIGNER, ProcessEdgeReads], useFactory: (signer: ServiceTokenSigner, local: ProcessEdgeReads) => new EdgeReadClient(options.routes, local, signer) },
        { provide: MyTasks, inject: [EdgeReadClient], useFactory: (client: EdgeReadClient) => new MyTasks(client) },
        GatewayRuntime,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const { routes, consoleDir } = this.options;
    consumer
      .apply(AuditTrailMiddleware, CallerIdentityMiddleware, ApiRateLimitMiddleware, serviceProxyMiddleware(routes, this.streams, this.options.upstreamTimeoutMs))
      .forRoutes({ path: 'api/*path', method: RequestMethod.ALL });
    if (consoleDir) consumer.apply(consoleStaticMiddleware(consoleDir)).forRoutes({ path: '{*path}', method: RequestMethod.GET });
  }
}

/** The operations audited requests are named by: the gateway's, the services' in this process, those of each service forwarded to. */
function operationCatalog(controllers: Array<Type<unknown>>, routes: ServiceRoute[], docs: ProcessApiDocs): OperationCatalog {
  const targets = new Map<string, string[]>();
  for (const route of routes) targets.set(route.target, [...(targets.get(route.target) ?? []), route.prefix]);
  return new OperationCatalog({
    local: () => [pathsOf(routeOperations(controllers).operations), ...docs.services().map((service) => pathsOf(service.operations))],
    remotes: [...targets].map(([target, prefixes]) => ({ target, prefixes })),
    fetchPaths: async (target) => {
      const result = await fetchDocument(target);
      return 'document' in result ? result.document.paths : null;
    },
  });
}

function pathsOf(operations: ApiOperation[]): DocumentedPaths {
  const paths: DocumentedPaths = {};
  for (const { method, path } of operations) paths[path] = { ...paths[path], [method]: true };
  return paths;
}
