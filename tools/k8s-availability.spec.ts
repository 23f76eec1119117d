/**
 * deploy/k8s must survive a node drain (issue 16): every Deployment is scaled by a HorizontalPodAutoscaler that keeps
 * two pods at least, has a PodDisruptionBudget that selects exactly its pods and still lets a drain evict one, spreads
 * its pods over nodes, and requests the CPU the autoscaler measures against; the Ingress serves TLS. No cluster runs
 * here, so the manifests are checked as parsed YAML, and as `kubectl kustomize` builds them when kubectl is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const ROOT = join(__dirname, '..');
const K8S_DIR = join(ROOT, 'deploy/k8s');

type Labels = Record<string, string>;
interface Selector {
  matchLabels?: Labels;
  matchExpressions?: unknown[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Labels; annotations?: Record<string, string> };
  // Read field by field below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec?: any;
}

function parseManifests(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((document) => {
      if (document.errors.length > 0) throw new Error(document.errors.map((e) => e.message).join('; '));
      return document.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

const fromFiles = readdirSync(K8S_DIR)
  .filter((file) => /\.ya?ml$/.test(file) && !/^kustomization\.ya?ml$/.test(file))
  .flatMap((file) => parseManifests(readFileSync(join(K8S_DIR, file), 'utf8')));

const onPath = (command: string): boolean => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));

/** Whether `selector` (matchLabels only: a PDB with expressions is not what this folder writes) selects pods labelled `labels`. */
function selects(selector: Selector | undefined, labels: Labels): boolean {
  if (!selector?.matchLabels || Object.keys(selector.matchLabels).length === 0) return false;
  if (selector.matchExpressions?.length) return false;
  return Object.entries(selector.matchLabels).every(([key, value]) => labels[key] === value);
}

/** The same checks on the files and, with kubectl, on what kustomize builds from them. */
const sources: Array<[string, () => K8sObject[]]> = [['the manifest files', () => fromFiles]];
if (onPath('kubectl')) sources.push(['kubectl kustomize deploy/k8s', () => parseManifests(execFileSync('kubectl', ['kustomize', K8S_DIR], { encoding: 'utf8' }))]);

describe.each(sources)('deploy/k8s survives a node drain: %s', (_source, load) => {
  let objects: K8sObject[];
  const ofKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const podLabels = (deployment: K8sObject): Labels => deployment.spec.template.metadata.labels;

  beforeAll(() => {
    objects = load();
  });

  it('has the five service Deployments', () => {
    expect(ofKind('Deployment').map((d) => d.metadata.name).sort()).toEqual(['application-workflow', 'evaluation', 'gateway', 'notification', 'scenario-registry']);
  });

  it('scales every Deployment with one autoscaling/v2 HorizontalPodAutoscaler on CPU, two pods at least, and leaves the count to it', () => {
    for (const deployment of ofKind('Deployment')) {
      const name = deployment.metadata.name;
      const hpas = ofKind('HorizontalPodAutoscaler').filter((h) => h.spec?.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === name);
      expect({ name, hpas: hpas.length }).toEqual({ name, hpas: 1 });
      const [hpa] = hpas;
      expect(hpa.apiVersion).toBe('autoscaling/v2');
      expect(hpa.spec.scaleTargetRef.apiVersion).toBe('apps/v1');
      expect({ name, min: hpa.spec.minReplicas >= 2, max: hpa.spec.maxReplicas >= hpa.spec.minReplicas }).toEqual({ name, min: true, max: true });
      const cpu = (hpa.spec.metrics ?? []).find((m: { type: string; resource?: { name: string } }) => m.type === 'Resource' && m.resource?.name === 'cpu');
      expect(cpu?.resource.target).toMatchObject({ type: 'Utilization', averageUtilization: expect.any(Number) });
      // A `replicas` in the Deployment would reset the autoscaler's count on every apply.
      expect({ name, replicas: deployment.spec.replicas }).toEqual({ name, replicas: undefined });
      // Utilisation is measured against the request: every container must state one.
      for (const container of deployment.spec.template.spec.containers) expect({ name, cpu: typeof container.resources?.requests?.cpu }).toEqual({ name, cpu: 'string' });
    }
    for (const hpa of ofKind('HorizontalPodAutoscaler')) expect(ofKind('Deployment').map((d) => d.metadata.name)).toContain(hpa.spec.scaleTargetRef.name);
  });

  it('gives every Deployment one PodDisruptionBudget selecting exactly its pods, which still lets a drain evict one of them', () => {
    const deployments = ofKind('Deployment');
    for (const deployment of deployments) {
      const name = deployment.metadata.name;
      const budgets = ofKind('PodDisruptionBudget').filter((pdb) => selects(pdb.spec?.selector, podLabels(deployment)));
      expect({ name, budgets: budgets.length }).toEqual({ name, budgets: 1 });
      const [pdb] = budgets;
      expect(pdb.apiVersion).toBe('policy/v1');
      // It selects no other Deployment's pods.
      for (const other of deployments) if (other !== deployment) expect({ name, other: other.metadata.name, selects: selects(pdb.spec.selector, podLabels(other)) }).toMatchObject({ selects: false });
      // The Deployment's own selector picks the same pods.
      expect(podLabels(deployment)).toMatchObject(deployment.spec.selector.matchLabels);
      // At the autoscaler's minimum, one pod may go: otherwise a drain would hang.
      const min = ofKind('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === name)?.spec.minReplicas as number;
      const { minAvailable, maxUnavailable } = pdb.spec as { minAvailable?: number | string; maxUnavailable?: number | string };
      expect(typeof minAvailable === 'number' ? minAvailable < min : typeof maxUnavailable === 'number' ? maxUnavailable >= 1 : false).toBe(true);
      // A crash-looping pod must not block a drain.
      expect(pdb.spec.unhealthyPodEvictionPolicy).toBe('AlwaysAllow');
    }
    expect(ofKind('PodDisruptionBudget')).toHaveLength(deployments.length);
  });

  it("spreads every Deployment's pods over nodes", () => {
    for (const deployment of ofKind('Deployment')) {
      const constraints: Array<{ topologyKey: string; labelSelector: Selector }> = deployment.spec.template.spec.topologySpreadConstraints ?? [];
      const byNode = constraints.find((c) => c.topologyKey === 'kubernetes.io/hostname');
      expect({ name: deployment.metadata.name, spreadByNode: byNode !== undefined && selects(byNode.labelSelector, podLabels(deployment)) }).toMatchObject({ spreadByNode: true });
    }
  });

  it('serves the Ingress over TLS for every host it routes, with a certificate from cert-manager (or a Secret made by hand)', () => {
    const ingresses = ofKind('Ingress');
    expect(ingresses).toHaveLength(1);
    for (const ingress of ingresses) {
      const tls: Array<{ hosts?: string[]; secretName?: string }> = ingress.spec.tls ?? [];
      expect(tls.length).toBeGreaterThan(0);
      for (const entry of tls) expect(entry.secretName).toMatch(/\S/);
      const covered = tls.flatMap((entry) => entry.hosts ?? []);
      for (const rule of ingress.spec.rules ?? []) expect(covered).toContain(rule.host);
      expect(ingress.metadata.annotations?.['cert-manager.io/cluster-issuer'] ?? ingress.metadata.annotations?.['cert-manager.io/issuer']).toMatch(/\S/);
    }
  });
});

describe('the deployment documents', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const deployReadme = readFileSync(join(ROOT, 'deploy/README.md'), 'utf8');

  it('say that docker-compose.yml needs Compose v2', () => {
    expect(readme).toMatch(/Compose v2/);
    expect(deployReadme).toMatch(/Compose v2/);
  });

  it('document the TLS Secret made by hand, the alternative to cert-manager, and what the autoscalers need', () => {
    expect(deployReadme).toMatch(/kubectl -n scenario-chongqing create secret tls gateway-tls/);
    expect(deployReadme).toMatch(/metrics-server/);
    expect(deployReadme).toMatch(/PodDisruptionBudget/);
  });
});
