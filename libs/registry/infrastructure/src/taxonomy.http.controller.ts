import { Controller, Get, HttpStatus, Param } from '@nestjs/common';
import { z } from 'zod';
import { Access, ApiRoute, ApiTags, RequestError, ZodQuery } from '@scq/platform-http';
import {
  aspects,
  coordinator,
  domains,
  domainsForUnit,
  findAspect,
  findUnit,
  isTaxonomyVersionId,
  mechanisms,
  planTargets,
  regionalUnits,
  responsibleUnits,
  taxonomy,
  taxonomyVersions,
  units,
  type TaxonomyVersionId,
} from '@scq/taxonomy';
import { notFound } from './registry.api-responses';
import {
  TaxonomyAspectsSchema,
  TaxonomyDomainsSchema,
  TaxonomyMechanismsSchema,
  TaxonomyOverviewSchema,
  TaxonomyUnitDomainsSchema,
  TaxonomyUnitsSchema,
  TaxonomyVersionsSchema,
} from './taxonomy.http.responses';

export const taxonomyDomainsQuery = z.object({ aspect: z.string().optional() });

/** The policy taxonomy as versioned reference data: aspects, domains, responsible units, plan facts. Signed-in callers only. */
@ApiTags('taxonomy')
@Controller('api/taxonomy')
export class TaxonomyHttpController {
  @Get()
  @Access.everyRole('everything')
  @ApiRoute({ summary: '分类版本 The taxonomy versions', responses: { '200': { description: 'Versions with their sources and counts', schema: TaxonomyVersionsSchema } } })
  versions() {
    return taxonomyVersions().map((id) => {
      const { zhTitle, enTitle, source, derived, derivedFrom } = taxonomy(id);
      return { id, zhTitle, enTitle, source, derived, derivedFrom, targetYear: planTargets(id).targetYear, aspects: aspects(id).length, domains: domains(id).length };
    });
  }

  /** Declared before `:version` so that it is matched first. */
  @Get('co-owner-units')
  @Access.everyRole('everything')
  @ApiRoute({
    summary: '成渝单位 Units a scenario may name as co-owners, with their region (重庆, 四川)',
    description: 'A scenario with a co-owner unit of another region than its owner unit is a 成渝 joint scenario (跨区域综合性重大场景).',
    responses: { '200': { description: 'Units of Chongqing, then of Sichuan', schema: TaxonomyUnitsSchema } },
  })
  coOwnerUnits() {
    return regionalUnits();
  }

  @Get(':version')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '分类总览 A version: aspects, domains with responsible units, coordinator, plan targets', responses: { '200': { description: 'The version', schema: TaxonomyOverviewSchema }, '404': notFound } })
  overview(@Param('version') version: string) {
    const v = knownVersion(version);
    return { version: v, aspects: aspects(v).map((aspect) => ({ ...aspect, domains: domains(v, { aspect: aspect.code }).map((d) => ({ ...d, responsibleUnits: responsibleUnits(v, d.code) })) })), coordinator: coordinator(v), planTargets: planTargets(v) };
  }

  @Get(':version/aspects')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '方面 Aspects of a version', responses: { '200': { description: 'Aspects', schema: TaxonomyAspectsSchema }, '404': notFound } })
  aspects(@Param('version') version: string) {
    return aspects(knownVersion(version));
  }

  @Get(':version/domains')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '领域 Domains of a version (optionally of one aspect)', responses: { '200': { description: 'Domains with responsible units', schema: TaxonomyDomainsSchema }, '404': notFound } })
  domains(@Param('version') version: string, @ZodQuery(taxonomyDomainsQuery) { aspect }: z.infer<typeof taxonomyDomainsQuery>) {
    const v = knownVersion(version);
    if (aspect && !findAspect(v, aspect)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `方面不存在 No aspect ${aspect} in ${v}`);
    return domains(v, aspect ? { aspect } : {}).map((d) => ({ ...d, responsibleUnits: responsibleUnits(v, d.code) }));
  }

  @Get(':version/units')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '责任单位 Responsible units of a version', responses: { '200': { description: 'Units', schema: TaxonomyUnitsSchema }, '404': notFound } })
  units(@Param('version') version: string) {
    return units(knownVersion(version));
  }

  @Get(':version/mechanisms')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '机制 Mechanisms of a version', responses: { '200': { description: 'Mechanisms', schema: TaxonomyMechanismsSchema }, '404': notFound } })
  mechanisms(@Param('version') version: string) {
    return mechanisms(knownVersion(version));
  }

  /** Which domains a unit (code, Chinese name or alias) is responsible for. */
  @Get(':version/units/:unit/domains')
  @Access.everyRole('everything')
  @ApiRoute({ summary: '单位领域 The domains a unit (code, name or alias) is responsible for', responses: { '200': { description: 'The unit and its domains (responsible units by zh name)', schema: TaxonomyUnitDomainsSchema }, '404': notFound } })
  domainsOfUnit(@Param('version') version: string, @Param('unit') unitRef: string) {
    const v = knownVersion(version);
    const unit = findUnit(v, unitRef);
    if (!unit) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `单位不存在 No unit ${unitRef} in ${v}`);
    return { unit, domains: domainsForUnit(v, unit) };
  }
}

function knownVersion(version: string): TaxonomyVersionId {
  if (!isTaxonomyVersionId(version)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `分类版本不存在 No taxonomy version ${version}; known: ${taxonomyVersions().join(', ')}`);
  return version;
}
