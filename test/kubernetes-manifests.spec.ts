import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { ConfigMap, Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Job } from 'kubernetes-models/batch/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { SECRET_SETTINGS } from '../apps/api/src/config/secret-files.js';

// docker/k8s/ checked without a cluster: each manifest against the Kubernetes API's definitions
// (kubernetes-models compiles them from the Kubernetes OpenAPI schema: types, required fields,
// enums, formats), every field known to the API (its TypeScript types list them, as kubeconform's
// strict schemas do), and what the manifests say of Plenary: probes on endpoints that exist,
// ports that match, secrets that the API reads.

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const k8sDir = join(root, 'docker', 'k8s');

interface Manifest {
  file: string;
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: Record<string, unknown>;
  data?: Record<string, string>;
}

/** A kubernetes-models class: validate() checks the object against its kind's schema. */
type ModelClass = new (data: never) => { validate(): void };

const MODELS: Record<string, { Model: ModelClass; types: string }> = {
  'v1/ConfigMap': { Model: ConfigMap, types: 'v1/ConfigMap' },
  'v1/Service': { Model: Service, types: 'v1/Service' },
  'apps/v1/Deployment': { Model: Deployment, types: 'apps/v1/Deployment' },
  'batch/v1/Job': { Model: Job, types: 'batch/v1/Job' },
  'autoscaling/v2/HorizontalPodAutoscaler': {
    Model: HorizontalPodAutoscaler,
    types: 'autoscaling/v2/HorizontalPodAutoscaler',
  },
  'networking.k8s.io/v1/Ingress': { Model: Ingress, types: 'networking.k8s.io/v1/Ingress' },
  'policy/v1/PodDisruptionBudget': {
    Model: PodDisruptionBudget,
    types: 'policy/v1/PodDisruptionBudget',
  },
};

function loadManifests(): Manifest[] {
  return readdirSync(k8sDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(k8sDir, file), 'utf8')).map((doc) => {
        if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0]?.message}`);
        return { ...(doc.toJS() as Omit<Manifest, 'file'>), file };
      }),
    );
}

const manifests = loadManifests();
const one = (kind: string): Manifest => {
  const found = manifests.filter((m) => m.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0] as Manifest;
};

/**
 * Fields the Kubernetes API does not know, found by walking each manifest along the type
 * kubernetes-models declares for its kind (I<Kind>, generated from the OpenAPI schema).
 */
function unknownFields(list: Manifest[]): string[] {
  const virtual = join(root, 'test', '__kubernetes_kinds__.ts');
  const source = list
    .map((m, i) => {
      const path = MODELS[`${m.apiVersion}/${m.kind}`]?.types ?? '';
      return `import type { I${m.kind} as T${i} } from 'kubernetes-models/${path}';\nexport declare const m${i}: T${i};`;
    })
    .join('\n');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (file) => (file === virtual ? source : readFile(file));
  host.fileExists = (file) => file === virtual || ts.sys.fileExists(file);
  host.getSourceFile = (file, language) =>
    file === virtual ? ts.createSourceFile(file, source, language) : getSourceFile(file, language);
  const program = ts.createProgram([virtual], options, host);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(virtual);
  if (!file) throw new Error('the kinds did not load');
  const resolveProblems = ts
    .getPreEmitDiagnostics(program, file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (resolveProblems.length) throw new Error(resolveProblems.join('\n'));

  const problems: string[] = [];
  const walk = (value: unknown, type: ts.Type, path: string): void => {
    const nonNull = checker.getNonNullableType(type);
    const members = nonNull.isUnion() ? nonNull.types : [nonNull];
    if (Array.isArray(value)) {
      const element = members
        .map((m) => checker.getIndexTypeOfType(m, ts.IndexKind.Number))
        .find((t): t is ts.Type => t !== undefined);
      if (!element) problems.push(`${path}: a list where the API has no list`);
      else value.forEach((item, i) => walk(item, element, `${path}[${i}]`));
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      const property = members.map((m) => checker.getPropertyOfType(m, key)).find(Boolean);
      if (property) {
        walk(child, checker.getTypeOfSymbol(property), `${path}.${key}`);
        continue;
      }
      const mapped = members
        .map((m) => checker.getIndexTypeOfType(m, ts.IndexKind.String))
        .find((t): t is ts.Type => t !== undefined);
      if (mapped) walk(child, mapped, `${path}.${key}`);
      else problems.push(`${path}.${key} is not a field of ${checker.typeToString(nonNull)}`);
    }
  };
  list.forEach((manifest, i) => {
    const declaration = file.statements
      .filter(ts.isVariableStatement)
      .flatMap((s) => s.declarationList.declarations)
      .find((d) => d.name.getText(file) === `m${i}`);
    if (!declaration) throw new Error(`m${i} missing`);
    const { file: name, ...object } = manifest;
    walk(object, checker.getTypeAtLocation(declaration), `${name}:${manifest.kind}`);
  });
  return problems;
}

/** Paths the API answers (apps/api/src/health and the web app's catch-all stay out). */
const HEALTH_PATHS = ['/health/live', '/health/ready'];

describe('Kubernetes manifests (docker/k8s)', () => {
  it('holds the kinds a deployment needs, each valid for its API version', () => {
    expect(manifests.map((m) => m.kind).sort()).toEqual([
      'ConfigMap',
      'Deployment',
      'HorizontalPodAutoscaler',
      'Ingress',
      'Job',
      'PodDisruptionBudget',
      'Service',
    ]);
    for (const manifest of manifests) {
      const model = MODELS[`${manifest.apiVersion}/${manifest.kind}`];
      if (!model)
        throw new Error(`${manifest.file}: no schema for ${manifest.apiVersion} ${manifest.kind}`);
      const { file, ...object } = manifest;
      expect(() => new model.Model(object as never).validate()).not.toThrow();
      expect(file).toMatch(/\.yaml$/);
    }
  });

  it('refuses what the API would refuse: a wrong type, a missing required field', () => {
    const deployment = one('Deployment');
    const { file: _file, ...object } = deployment;
    const wrongType = structuredClone(object);
    wrongType.spec.replicas = 'three';
    expect(() => new Deployment(wrongType as never).validate()).toThrow(/replicas/);
    const noSelector = structuredClone(object);
    delete noSelector.spec.selector;
    expect(() => new Deployment(noSelector as never).validate()).toThrow(/selector/);
  });

  it('has no field the Kubernetes API does not know (strict), and finds one that is misspelled', () => {
    expect(unknownFields(manifests)).toEqual([]);
    const misspelled = structuredClone(one('Deployment'));
    const container = (
      misspelled.spec as { template: { spec: { containers: Record<string, unknown>[] } } }
    ).template.spec.containers[0] as Record<string, unknown>;
    container.readinessprobe = container.readinessProbe;
    expect(unknownFields([misspelled])).toEqual([
      expect.stringContaining('containers[0].readinessprobe is not a field'),
    ]);
  });

  it('probes the split health endpoints on the port the container exposes', () => {
    const pod = (one('Deployment').spec as { template: { spec: PodSpec } }).template.spec;
    const api = pod.containers.find((c) => c.name === 'api');
    if (!api) throw new Error('no api container');
    const portNames = new Map((api.ports ?? []).map((p) => [p.name, p.containerPort]));
    const config = one('ConfigMap').data ?? {};
    expect(portNames.get('http')).toBe(Number(config.PORT));
    expect(api.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(api.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(api.startupProbe?.httpGet?.path).toBe('/health/live');
    for (const probe of [api.readinessProbe, api.livenessProbe, api.startupProbe]) {
      expect(HEALTH_PATHS).toContain(probe?.httpGet?.path);
      expect(portNames.has(String(probe?.httpGet?.port))).toBe(true);
    }
    // The API's health controller serves exactly these.
    const controller = readFileSync(
      join(root, 'apps', 'api', 'src', 'health', 'health.controller.ts'),
      'utf8',
    );
    expect(controller).toMatch(/'live'/);
    expect(controller).toMatch(/'ready'/);
  });

  it('routes Service → pods and Ingress → Service by names and labels that match', () => {
    const deployment = one('Deployment');
    const podLabels = (
      deployment.spec as { template: { metadata: { labels: Record<string, string> } } }
    ).template.metadata.labels;
    const service = one('Service');
    const selector = service.spec.selector as Record<string, string>;
    for (const [key, value] of Object.entries(selector)) expect(podLabels[key]).toBe(value);
    const ports = service.spec.ports as { name: string; targetPort: string }[];
    expect(ports.map((p) => p.targetPort)).toEqual(['http']);
    const ingress = one('Ingress');
    const backends = (
      ingress.spec.rules as {
        http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] };
      }[]
    )
      .flatMap((rule) => rule.http.paths)
      .map((path) => path.backend.service);
    expect(backends).toEqual([{ name: service.metadata.name, port: { name: 'http' } }]);
    const hpa = one('HorizontalPodAutoscaler');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it('gives ingress-nginx websockets time and long polling a sticky cookie', () => {
    const annotations = one('Ingress').metadata.annotations ?? {};
    expect(annotations['nginx.ingress.kubernetes.io/affinity']).toBe('cookie');
    expect(annotations['nginx.ingress.kubernetes.io/session-cookie-name']).toBeTruthy();
    // Above socket.io's 25 s ping, as docker/nginx's 120 s.
    expect(Number(annotations['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThan(
      25,
    );
    expect(Number(annotations['nginx.ingress.kubernetes.io/proxy-send-timeout'])).toBeGreaterThan(
      25,
    );
  });

  it('reads secrets as files the API knows (<NAME>_FILE), never as values in the manifests', () => {
    for (const kind of ['Deployment', 'Job']) {
      const pod = (one(kind).spec as { template: { spec: PodSpec } }).template.spec;
      const container = pod.containers[0];
      if (!container) throw new Error(`${kind} has no container`);
      const secretVolume = pod.volumes?.find((v) => v.secret);
      const mount = container.volumeMounts?.find((m) => m.name === secretVolume?.name);
      const files = new Set(
        secretVolume?.secret?.items?.map((i) => `${mount?.mountPath}/${i.path}`),
      );
      for (const variable of container.env ?? []) {
        expect(variable.name).toMatch(/_FILE$/);
        expect(SECRET_SETTINGS).toContain(variable.name.replace(/_FILE$/, ''));
        expect(files).toContain(variable.value);
      }
      expect(container.env?.map((e) => e.name)).toContain('DATABASE_URL_FILE');
      // Files of the Secret readable by the pod's user: its group (fsGroup) reads.
      expect(pod.securityContext?.fsGroup).toBe(pod.securityContext?.runAsUser);
      expect(pod.securityContext?.runAsNonRoot).toBe(true);
    }
    const config = one('ConfigMap').data ?? {};
    for (const secret of SECRET_SETTINGS) expect(Object.keys(config)).not.toContain(secret);
    const job = (one('Job').spec as { template: { spec: PodSpec } }).template.spec;
    expect(job.containers[0]?.command).toEqual(['node', 'apps/api/dist/main.js', 'migrate']);
  });
});

interface PodSpec {
  containers: {
    name: string;
    command?: string[];
    ports?: { name: string; containerPort: number }[];
    env?: { name: string; value: string }[];
    volumeMounts?: { name: string; mountPath: string }[];
    readinessProbe?: Probe;
    livenessProbe?: Probe;
    startupProbe?: Probe;
  }[];
  volumes?: { name: string; secret?: { items?: { key: string; path: string }[] } }[];
  securityContext?: { runAsUser?: number; fsGroup?: number; runAsNonRoot?: boolean };
}

interface Probe {
  httpGet?: { path: string; port: string | number };
}
