/** What a request did, as the API document names it, and the values of its path parameters (its targets). */
export interface ResolvedOperation {
  /** `POST /api/scenarios/{id}/transitions`. */
  operation: string;
  targets: string[];
}

interface Template {
  method: string;
  path: string;
  pattern: RegExp;
  /** How many segments are fixed words: `/api/batch-lists/compare` wins over `/api/batch-lists/{id}`. */
  literals: number;
}

/** Paths of an OpenAPI document (`{id}`) or of Nest (`:id`), with the methods they answer. */
export type DocumentedPaths = Record<string, Record<string, unknown>>;

const PARAMETER = /^(?::[A-Za-z0-9_]+|\{[A-Za-z0-9_]+\})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Templates from documented paths, each method apart (`/api/scenarios/:id` → `/api/scenarios/{id}`). */
export function templatesOf(paths: DocumentedPaths): Template[] {
  return Object.entries(paths).flatMap(([path, methods]) => {
    const segments = path.split('/');
    const openApiPath = segments.map((segment) => (PARAMETER.test(segment) ? `{${segment.replace(/^:|[{}]/g, '')}}` : segment)).join('/');
    const pattern = new RegExp(`^${segments.map((segment) => (PARAMETER.test(segment) ? '([^/]+)' : escapeRegExp(segment))).join('/')}/?$`);
    const literals = segments.filter((segment) => segment && !PARAMETER.test(segment)).length;
    return Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: openApiPath, pattern, literals }));
  });
}

/** The documented operation a request matched (the one with the most fixed words), or null. */
export function matchOperation(templates: readonly Template[], method: string, path: string): ResolvedOperation | null {
  let best: { template: Template; values: string[] } | null = null;
  for (const template of templates) {
    if (template.method !== method) continue;
    const match = template.pattern.exec(path);
    if (match && (!best || template.literals > best.template.literals)) best = { template, values: match.slice(1) };
  }
  return best ? { operation: `${method} ${best.template.path}`, targets: best.values.map(decoded) } : null;
}

/** An undocumented path (an unknown route, a service whose document could not be read): UUIDs and numbers become `{id}`. */
export function guessedOperation(method: string, path: string): ResolvedOperation {
  const targets: string[] = [];
  const template = path
    .split('/')
    .map((segment) => {
      const value = decoded(segment);
      if (!UUID.test(value) && !/^\d+$/.test(value)) return segment;
      targets.push(value);
      return '{id}';
    })
    .join('/');
  return { operation: `${method} ${template}`, targets };
}

/** Where the documented paths come from: those of this process, and those of each service the gateway forwards to. */
export interface OperationSources {
  local: () => DocumentedPaths[];
  /** The services' base URLs and the prefixes forwarded to each. */
  remotes: Array<{ target: string; prefixes: string[] }>;
  fetchPaths: (target: string) => Promise<DocumentedPaths | null>;
}

const RETRY_AFTER_MS = 60_000;

/**
 * Names the operation of each audited request from the API document: the operations of the controllers in this
 * process, and those of the services behind the gateway, whose documents are read once (a service that did not answer
 * is asked again a minute later; meanwhile its requests are named by `guessedOperation`).
 */
export class OperationCatalog {
  private local: Template[] | undefined;
  private readonly remote = new Map<string, Template[]>();
  private readonly lastAttempt = new Map<string, number>();

  constructor(private readonly sources: OperationSources) {}

  /** Reads the documents not read yet (at most once a minute per service); never throws. */
  async refresh(now = Date.now()): Promise<void> {
    const due = this.sources.remotes.filter(({ target }) => !this.remote.has(target) && now - (this.lastAttempt.get(target) ?? -Infinity) >= RETRY_AFTER_MS);
    await Promise.all(
      due.map(async ({ target }) => {
        this.lastAttempt.set(target, now);
        const paths = await this.sources.fetchPaths(target).catch(() => null);
        if (paths) this.remote.set(target, templatesOf(paths));
      }),
    );
  }

  resolve(method: string, path: string): ResolvedOperation {
    this.local ??= this.sources.local().flatMap(templatesOf);
    const remote = this.sources.remotes.find(({ prefixes }) => prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
    const templates = remote ? (this.remote.get(remote.target) ?? []) : this.local;
    return matchOperation(templates, method, path) ?? guessedOperation(method, path);
  }
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
