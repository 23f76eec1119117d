import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { platformMetrics } from '@scq/platform-observability';

/**
 * deploy/observability: the alert rules and the scrape configuration pass promtool (Debian's `prometheus` package;
 * tools/ensure-services.sh installs it, so this never skips), the rules' own unit tests pass, and every dashboard and
 * rule names only metrics the platform registers.
 */
const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'deploy', 'observability');
const DASHBOARDS = join(DIR, 'grafana', 'dashboards');

function promtool(args: string[], cwd = DIR): { status: number | null; output: string } {
  const result = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  if (result.error) throw new Error(`promtool cannot run (${result.error.message}): run tools/ensure-services.sh, which installs Debian's prometheus package`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const read = (path: string) => readFileSync(path, 'utf8');
const dashboardFiles = readdirSync(DASHBOARDS).filter((name) => name.endsWith('.json')).sort();
type Panel = { title: string; datasource: { uid: string }; targets: Array<{ expr: string; datasource: { uid: string } }> };
const dashboards = dashboardFiles.map((name) => ({ name, json: JSON.parse(read(join(DASHBOARDS, name))) as { uid: string; title: string; panels: Panel[] } }));

describe('Prometheus alert rules and scrape configuration (promtool)', () => {
  it('passes promtool check rules', () => {
    const { status, output } = promtool(['check', 'rules', 'alerts.rules.yml']);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });
  });

  it("passes the rules' own unit tests (promtool test rules): each alert fires when it should, and not before", () => {
    const { status, output } = promtool(['test', 'rules', 'alerts.test.yml']);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });
  });

  it('alerts on what operations must hear about', () => {
    const rules = (parse(read(join(DIR, 'alerts.rules.yml'))) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> }).groups.flatMap((group) => group.rules);
    const expr = (alert: string) => rules.find((rule) => rule.alert === alert)?.expr ?? '';
    expect(expr('OutboxOldestUnsentOverAMinute')).toMatch(/scq_outbox_oldest_unsent_age_seconds.*> 60/);
    expect(expr('DeadLetter')).toMatch(/increase\(scq_dead_letters_total\[.*\]\)\) > 0/);
    expect(expr('ReminderLatenessP99OverASecond')).toMatch(/histogram_quantile\(0\.99, .*scq_reminder_lateness_seconds_bucket.*> 1$/);
    expect(expr('ConsumerLagGrowing')).toMatch(/deriv\(scq_consumer_lag_messages/);
    expect(expr('ReadinessFailing')).toMatch(/scq_ready\) == 0/);
  });

  it('passes promtool check config (with the metrics token file it reads in place)', () => {
    const work = mkdtempSync(join(tmpdir(), 'scq-prometheus-'));
    const token = join(work, 'metrics-token');
    writeFileSync(token, 'token-for-the-config-check\n');
    const config = read(join(DIR, 'prometheus.yml'));
    expect(config).toContain('credentials_file: /run/scq-metrics/metrics-token');
    writeFileSync(join(work, 'prometheus.yml'), config.replaceAll('/run/scq-metrics/metrics-token', token));
    copyFileSync(join(DIR, 'alerts.rules.yml'), join(work, 'alerts.rules.yml'));
    const { status, output } = promtool(['check', 'config', 'prometheus.yml'], work);
    expect({ status, output }).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') });
  });
});

describe('the compose profile observability', () => {
  type Service = { environment?: Record<string, string>; volumes?: string[]; profiles?: string[]; build?: { args?: Record<string, string> } };
  const compose = parse(read(join(ROOT, 'docker-compose.yml')), { merge: true }) as { services: Record<string, Service> };
  const prometheus = parse(read(join(DIR, 'prometheus.yml'))) as { scrape_configs: Array<{ job_name: string; authorization?: { credentials_file: string }; static_configs: Array<{ targets: string[] }> }> };

  it('scrapes every service built from apps/ on its PORT with the metrics token the service reads', () => {
    const built = Object.entries(compose.services).filter(([, service]) => service.build?.args?.APP);
    expect(built.length).toBe(5);
    for (const [name, service] of built) {
      const job = prometheus.scrape_configs.find((config) => config.job_name === `scq-${name}`);
      expect({ name, targets: job?.static_configs.flatMap((config) => config.targets) }).toEqual({ name, targets: [`${name}:${service.environment?.PORT}`] });
      expect({ name, token: job?.authorization?.credentials_file }).toEqual({ name, token: service.environment?.METRICS_TOKEN_FILE });
      expect(service.volumes).toContain('metrics-token:/run/scq-metrics:ro');
    }
    expect(compose.services.prometheus.volumes).toEqual(expect.arrayContaining(['metrics-token:/run/scq-metrics:ro', './deploy/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro', './deploy/observability/alerts.rules.yml:/etc/prometheus/alerts.rules.yml:ro']));
    expect(compose.services.grafana.volumes).toEqual(expect.arrayContaining(['./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro', './deploy/observability/grafana/dashboards:/var/lib/grafana/dashboards:ro']));
    expect(compose.services['otel-collector'].volumes).toContain('./deploy/observability/otel-collector.yml:/etc/otelcol/config.yaml:ro');
  });
});

describe('Grafana dashboards', () => {
  platformMetrics.collectProcessMetrics();
  const registered = new Set(platformMetrics.registry.getMetricsAsArray().map((metric) => metric.name));
  // A histogram's series (_bucket, _sum, _count) belong to the histogram.
  const metricNames = (text: string) => [...text.matchAll(/\bscq_[a-z0-9_]+/g)].map(([name]) => (registered.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '')));

  it('has one dashboard per concern, each with its own uid, on the provisioned datasource', () => {
    expect(dashboardFiles).toEqual(['database-process.json', 'http.json', 'messaging.json', 'reminders.json']);
    expect(new Set(dashboards.map(({ json }) => json.uid)).size).toBe(dashboards.length);
    const datasource = parse(read(join(DIR, 'grafana', 'provisioning', 'datasources', 'prometheus.yml'))) as { datasources: Array<{ uid: string; url: string }> };
    const uid = datasource.datasources[0].uid;
    for (const { name, json } of dashboards) {
      expect(json.panels.length).toBeGreaterThan(3);
      for (const panel of json.panels) {
        expectAt(`${name} ${panel.title}`, [panel.datasource.uid, ...panel.targets.map((target) => target.datasource.uid)], [uid, ...panel.targets.map(() => uid)]);
        expect(panel.targets.length).toBeGreaterThan(0);
      }
    }
    expect(datasource.datasources[0].url).toBe('http://prometheus:9090');
  });

  it('names, in dashboards and alert rules, only metrics the platform registers', () => {
    const used = new Map<string, string>();
    for (const { name, json } of dashboards) for (const panel of json.panels) for (const target of panel.targets) for (const metric of metricNames(target.expr)) used.set(metric, name);
    for (const metric of metricNames(read(join(DIR, 'alerts.rules.yml')))) used.set(metric, 'alerts.rules.yml');
    const unknown = [...used].filter(([metric]) => !registered.has(metric));
    expect(unknown).toEqual([]);
    // Every platform series is on some dashboard.
    const platformOwn = [...registered].filter((name) => !/^scq_(process|nodejs)_/.test(name));
    expect(platformOwn.filter((name) => !used.has(name))).toEqual([]);
  });
});

function expectAt<T>(where: string, actual: T, expected: T): void {
  expect({ where, value: actual }).toEqual({ where, value: expected });
}
