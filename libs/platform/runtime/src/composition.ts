import type { InjectionToken, Provider, Type } from '@nestjs/common';

/** How a composition root gets what the platform provides (database, messaging, …): tokens and the typed factory. */
export interface Composition<G extends object, Deps extends unknown[]> {
  inject: { [I in keyof Deps]: InjectionToken };
  compose: (...deps: Deps) => G | Promise<G>;
}

/**
 * The providers of a service's composition root. `compose` builds the service's whole graph of use cases in plain
 * code the compiler checks (no positional `inject` lists per class); each part the controllers, consumers and
 * runtime need is then provided under its own class, so they inject it by type — the class must be the part's type.
 */
export function composedProviders<G extends object, Deps extends unknown[]>(
  token: InjectionToken,
  composition: Composition<G, Deps>,
  parts: { [K in keyof G]?: Type<G[K]> },
  /** Parts that other code injects by a token of its own (`@Inject(SCENARIO_REPOSITORY)`): the token for each part. */
  tokens: { [K in keyof G]?: InjectionToken } = {},
): Provider[] {
  const expose = (entries: Array<[keyof G, InjectionToken]>) => entries.map(([key, provide]) => ({ provide, inject: [token], useFactory: (graph: G) => graph[key] }));
  return [
    { provide: token, inject: composition.inject as InjectionToken[], useFactory: composition.compose as (...deps: unknown[]) => G | Promise<G> },
    ...expose(Object.entries(parts) as Array<[keyof G, InjectionToken]>),
    ...expose(Object.entries(tokens) as Array<[keyof G, InjectionToken]>),
  ];
}
