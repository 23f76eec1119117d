import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { BusModule, InboxTransport, ServiceMessagingRegistry, type MessageBus } from '@scq/platform-messaging';
import { correlationMiddleware, hostileInputMiddleware, HttpExceptionFilter, jsonBodyMiddleware, PlatformHttpModule, requestShapeMiddleware, sendDatabaseBusy, serviceTokenVerifierFromEnv, type ServiceTokenVerifier } from '@scq/platform-http';
import { Admission, asRequestWork, embeddedRequestGate, type DatabaseBusyError } from '@scq/platform-persistence';
import { HostModule, httpMetricsMiddleware, metricsEndpoint, PinoNestLogger, platformMetrics, ReadinessRegistry, type Logger, type MetricsAccess } from '@scq/platform-observability';

export interface HostOptions {
  /** The process's name in logs: a service name, or `standalone`. */
  name: string;
  modules: DynamicModule[];
  bus: MessageBus;
  logger: Logger;
  port: number;
  host?: string;
  /** Paths this process forwards to another one unread (the gateway's proxied routes): their bodies are streamed on. */
  forwarded?: (path: string) => boolean;
  /** Express's `trust proxy` (hops, or the proxies' addresses), so `req.ip` is the client behind them; unset: none trusted. */
  trustProxy?: number | string;
  /** How callers are known: the gateway's public keys. Default: `SERVICE_TOKEN_JWKS` / `SERVICE_TOKEN_JWKS_URL`; without them only public routes answer. */
  serviceTokens?: ServiceTokenVerifier;
  /** Who may read `GET /metrics` (docs/architecture.md, "Metrics"); default: no token, so loopback callers only, and none in production. */
  metrics?: MetricsAccess;
}

export interface RunningHost {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/**
 * In the embedded mode (PGlite in a folder) API requests take turns (database-admission.ts): a few at a time, a bounded
 * queue, beyond it 503 with Retry-After before any work is done. A turn ends when the response starts (an event stream
 * stays open for minutes) or the connection closes. Health checks, metrics, the console's files and uploads take no turn.
 */
function embeddedRequestTurns(logger: Logger) {
  // Refusals are not logged one by one (an overload must not also flood the log): one warning a minute at most.
  let refused = 0;
  let reportedAt = -Infinity;
  const refuse = (response: Response, error: DatabaseBusyError) => {
    refused += 1;
    if (Date.now() - reportedAt >= 60_000) {
      logger.warn({ refused }, `embedded database busy: ${refused} request(s) refused with 503 since the last report`);
      [refused, reportedAt] = [0, Date.now()];
    }
    sendDatabaseBusy(response, error);
  };
  return (request: Request, response: Response, next: () => void): void => {
    const gate = embeddedRequestGate();
    // An upload's time is mostly the client's network: it takes no turn, or one slow link would hold everybody up.
    if (!gate || !request.path.startsWith('/api/') || request.headers['content-type']?.startsWith('multipart/')) return next();
    const admission = new Admission(requestKind(request));
    let closed = false;
    response.once('close', () => {
      closed = true;
      admission.end();
    });
    const writeHead = response.writeHead;
    response.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
      admission.end();
      return writeHead.apply(this, args);
    } as Response['writeHead'];
    gate.enter(admission).then(
      // A caller that left while it waited is not served.
      () => (closed ? undefined : asRequestWork(next)),
      (error: DatabaseBusyError) => refuse(response, error),
    );
  };
}

/** What a request's turn length is estimated from: its method and path, identifiers left out (`POST /api/scenarios/:id/events`). */
function requestKind(request: Request): string {
  return `${request.method} ${request.path.replace(/\/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d+)(?=\/|$)/gi, '/:id')}`;
}

/**
 * Ready for traffic is not the same as every Kafka consumer group joined: a join waits out the broker's rebalance delay
 * (group.initial.rebalance.delay.ms, 3 s by default, the same on librdkafka's mock cluster), and what is published meanwhile
 * waits durably in Kafka. So the host listens once its consumers are subscribed, and reports the joins on their own:
 * one log line `<name> consumers joined` once all have, and an informational `event-consumers` entry in /health/ready
 * (it does not decide readiness). A consumer that cannot join is logged as an error; kafkajs keeps retrying it.
 */
function reportConsumerJoins(options: HostOptions, readiness: ReadinessRegistry, registry: ServiceMessagingRegistry): void {
  const consumers = registry.startedConsumers();
  const joining = new Set(consumers.map((consumer) => consumer.name));
  const started = performance.now();
  readiness.add({
    name: 'event-consumers',
    informational: true,
    check: async () => {
      if (joining.size > 0) throw new Error(`joining their groups: ${[...joining].join(', ')}`);
    },
  });
  void Promise.all(consumers.map((consumer) => consumer.joined().then(() => joining.delete(consumer.name)))).then(
    () => options.logger.info({ consumers: consumers.map((consumer) => consumer.name), joinMs: Math.round(performance.now() - started) }, `${options.name} consumers joined`),
    (error: unknown) => options.logger.error({ err: error, joining: [...joining] }, `${options.name}: an event consumer did not join its group`),
  );
}

/** One Nest process hosting one or more service modules over one bus, with health, JSON logs and one error format. */
export async function bootstrapHost(options: HostOptions): Promise<RunningHost> {
  @Module({ imports: [HostModule.forRoot(options.logger), PlatformHttpModule.forRoot(options.serviceTokens ?? serviceTokenVerifierFromEnv(process.env)), BusModule.forRoot(options.bus), ...options.modules] })
  class ProcessModule {}

  const app = await NestFactory.create<NestExpressApplication>(ProcessModule, { logger: new PinoNestLogger(options.logger), bodyParser: false });
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  // Metrics first: /metrics is answered before any other middleware, and every other request is timed.
  platformMetrics.collectProcessMetrics();
  app.use(metricsEndpoint(options.metrics ?? { token: null, production: process.env.NODE_ENV === 'production' }));
  app.use(httpMetricsMiddleware(options.forwarded));
  const readiness = app.get(ReadinessRegistry);
  const forgetReadiness = platformMetrics.readiness.add(options.name, () => readiness.report(1500));
  app.use(correlationMiddleware(options.logger));
  app.use(embeddedRequestTurns(options.logger));
  app.use(requestShapeMiddleware());
  app.use(jsonBodyMiddleware(options.forwarded));
  app.use(hostileInputMiddleware(options.forwarded));
  app.useGlobalFilters(new HttpExceptionFilter(options.logger));
  // The event edge: @OnEvent handlers (a Nest transport over each service's inbox consumers), under the same filter.
  app.connectMicroservice({ strategy: new InboxTransport(app.get(ServiceMessagingRegistry)) }, { inheritAppConfig: true });
  await app.startAllMicroservices();
  const host = options.host ?? '0.0.0.0';
  await app.listen(options.port, host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`;
  options.logger.info({ url }, `${options.name} listening`);
  reportConsumerJoins(options, readiness, app.get(ServiceMessagingRegistry));
  let closing: Promise<void> | null = null;
  return {
    app,
    url,
    close: () =>
      (closing ??= (async () => {
        forgetReadiness();
        await app.close();
        await options.bus.close();
      })()),
  };
}
