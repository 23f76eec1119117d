import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.gen';

/** A server type by its name in the API document (`Schema<'Scenario'>`): the console declares none by hand. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** A field the server refused: `path` as zod names it (`title.zh`, `scores.0.value`). */
export type FieldError = NonNullable<Schema<'Error'>['error']['fields']>[number];

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
/** A new access token from the session's refresh token; null when the session has ended. */
type TokenRenewal = () => Promise<string | null>;

let currentToken: TokenSource = () => null;
let onUnauthorised: UnauthorisedListener = () => undefined;
let renewToken: TokenRenewal = async () => null;

/**
 * The session module tells the client where the token is, how to renew it when the server says it expired (the
 * request is then sent once more), and what to do when the server refuses it for good.
 */
export function configureApiClient(token: TokenSource, unauthorised: UnauthorisedListener, renew: TokenRenewal): void {
  currentToken = token;
  onUnauthorised = unauthorised;
  renewToken = renew;
}

/** The session's access token now (for requests outside `http`, such as the notification stream); null signed out. */
export function accessToken(): string | null {
  return currentToken();
}

const BUSY_RETRIES = 2;
const retryAfterMs = (response: Response) => Math.min(5, Math.max(1, Number(response.headers.get('retry-after')) || 1)) * 1000;

/** Each request as it was before it was sent (a body can be read once), to send again after renewing the token or when busy. */
const unsent = new WeakMap<Request, Request>();

async function errorBodyOf(response: Response): Promise<Partial<Schema<'Error'>>> {
  return (await response
    .clone()
    .json()
    .catch(() => ({}))) as Partial<Schema<'Error'>>;
}

/** Query parameters as the routes read them: an empty filter (`''`, null, undefined) is left out rather than sent empty. */
function searchOf(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined && one !== null && one !== '') search.append(name, String(one));
  }
  return search.toString();
}

/** Bearer token on the way out; any non-2xx answer becomes an ApiError carrying the server's bilingual message. */
const platformEdge: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    request.headers.set('accept', 'application/json');
    unsent.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response: answered }) {
    let response = answered;
    let body = response.ok ? {} : await errorBodyOf(response);
    const again = unsent.get(request);
    // The embedded host refused it before doing anything (too many requests at once): send it again after Retry-After.
    for (let attempt = 0; attempt < BUSY_RETRIES && response.status === 503 && body.error?.code === 'DATABASE_BUSY' && again; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs(response)));
      response = await fetch(again.clone());
      body = response.ok ? {} : await errorBodyOf(response);
    }
    if (response.status === 401 && body.error?.code === 'TOKEN_EXPIRED' && again) {
      const renewed = await renewToken();
      if (renewed) {
        again.headers.set('authorization', `Bearer ${renewed}`);
        response = await fetch(again);
        body = response.ok ? {} : await errorBodyOf(response);
      }
    }
    if (response.ok) return response;
    if (response.status === 401 && request.headers.has('authorization')) onUnauthorised();
    throw new ApiError(
      response.status,
      body.error?.code ?? `HTTP_${response.status}`,
      body.error?.message ?? `${response.status} ${response.statusText}`,
      Array.isArray(body.error?.fields) ? body.error.fields : [],
      body.requestId,
    );
  },
  onError({ error }) {
    if (error instanceof ApiError || (error as Error).name === 'AbortError') return error as Error;
    return new ApiError(0, 'NETWORK', '无法连接服务器 Cannot reach the server');
  },
};

/**
 * The platform's API, typed from its OpenAPI document: `http.GET('/api/scenarios/{id}', { params: { path: { id } } })`.
 * Refusals throw ApiError, so an answer that returns always has its data (see `answer`).
 */
export const http = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', querySerializer: searchOf });
http.use(platformEdge);

/** The data of an answer (refusals have thrown already): `const list = await answer(http.POST(...))`. */
export async function answer<T>(pending: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await pending;
  if (data === undefined && response.status !== 204) throw new ApiError(response.status, 'EMPTY_ANSWER', '服务器未返回内容 The server answered without content');
  return data as T;
}

/** The field errors of a refused request by path (several messages for one path joined); empty for other errors. */
export function fieldErrors(error: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (!(error instanceof ApiError)) return found;
  for (const { path, message } of error.fields) found.set(path, [found.get(path), message].filter(Boolean).join('; '));
  return found;
}
