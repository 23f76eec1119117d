/** A field the server refused: `path` as zod names it (`title.zh`, `scores.0.value`). */
export interface FieldError {
  path: string;
  message: string;
}

/** The platform's one error format (HttpExceptionFilter): `{ error: { status, code, message, fields? }, requestId }`. */
export interface ApiErrorBody {
  error?: { status?: number; code?: string; message?: string; fields?: FieldError[] };
  requestId?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/** Any failure as an ApiError (a network failure or a bug becomes status 0, code UNKNOWN), for showing it. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error));
}

type TokenSource = () => string | null;
type UnauthorisedListener = () => void;

let currentToken: TokenSource = () => null;
let onUnauthorised: UnauthorisedListener = () => undefined;

/** The session module tells the client where the token is and what to do when the server refuses it. */
export function configureApiClient(token: TokenSource, unauthorised: UnauthorisedListener): void {
  currentToken = token;
  onUnauthorised = unauthorised;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  signal?: AbortSignal;
}

export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** JSON over fetch with the Bearer token; any non-2xx answer becomes an ApiError carrying the server's message. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : await response.text()) as T;
}

/** For downloads (CSV, XLSX): the raw response, errors handled as in `api`. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  return (await send(path, options)).blob();
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = currentToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', '无法连接服务器 Cannot reach the server');
  }
  if (response.ok) return response;
  const body = (await response.json().catch(() => ({}))) as ApiErrorBody;
  if (response.status === 401 && token) onUnauthorised();
  throw new ApiError(
    response.status,
    body.error?.code ?? `HTTP_${response.status}`,
    body.error?.message ?? `${response.status} ${response.statusText}`,
    Array.isArray(body.error?.fields) ? body.error.fields : [],
    body.requestId,
  );
}

/** The field errors of a refused request by path (several messages for one path joined); empty for other errors. */
export function fieldErrors(error: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (!(error instanceof ApiError)) return found;
  for (const { path, message } of error.fields) found.set(path, [found.get(path), message].filter(Boolean).join('; '));
  return found;
}
