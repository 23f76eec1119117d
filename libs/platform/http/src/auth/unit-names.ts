import { Global, Module, type DynamicModule } from '@nestjs/common';

/** How the platform spells a unit named by code, alias or full name (the taxonomy's canonical name). */
export type CanonicalUnitName = (unit: string) => string;

export const CANONICAL_UNIT_NAME = Symbol('CANONICAL_UNIT_NAME');

/** Service modules import this with the taxonomy's canonicaliser, so every caller's unit is spelled one way. */
@Global()
@Module({})
export class UnitNamesModule {
  static register(canonicalUnitName: CanonicalUnitName): DynamicModule {
    return {
      module: UnitNamesModule,
      global: true,
      providers: [{ provide: CANONICAL_UNIT_NAME, useValue: canonicalUnitName }],
      exports: [CANONICAL_UNIT_NAME],
    };
  }
}
