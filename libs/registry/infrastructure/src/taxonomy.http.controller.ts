import { Controller, Get, HttpStatus, Param, Query } from '@nestjs/common';
import { z } from 'zod';
import { parseRequest, Public, RequestError } from '@scq/platform-http';
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
  responsibleUnits,
  taxonomy,
  taxonomyVersions,
  units,
  type TaxonomyVersionId,
} from '@scq/taxonomy';

export const taxonomyDomainsQuery = z.object({ aspect: z.string().optional() });

/** The policy taxonomy as versioned reference data: aspects, domains, responsible units, plan facts. Public. */
@Public()
@Controller('api/taxonomy')
export class TaxonomyHttpController {
  @Get()
  versions() {
    return taxonomyVersions().map((id) => {
      const { zhTitle, enTitle, source, derived, derivedFrom } = taxonomy(id);
      return { id, zhTitle, enTitle, source, derived, derivedFrom, targetYear: planTargets(id).targetYear, aspects: aspects(id).length, domains: domains(id).length };
    });
  }

  @Get(':version')
  overview(@Param('version') version: string) {
    const v = knownVersion(version);
    return { version: v, aspects: aspects(v).map((aspect) => ({ ...aspect, domains: domains(v, { aspect: aspect.code }).map((d) => ({ ...d, responsibleUnits: responsibleUnits(v, d.code) })) })), coordinator: coordinator(v), planTargets: planTargets(v) };
  }

  @Get(':version/aspects')
  aspects(@Param('version') version: string) {
    return aspects(knownVersion(version));
  }

  @Get(':version/domains')
  domains(@Param('version') version: string, @Query() query: unknown) {
    const v = knownVersion(version);
    const { aspect } = parseRequest(taxonomyDomainsQuery, query);
    if (aspect && !findAspect(v, aspect)) throw new RequestError(HttpStatus.NOT_FOUND, 'NOT_FOUND', `方面不存在 No aspect ${aspect} in ${v}`);
    return domains(v, aspect ? { aspect } : {}).map((d) => ({ ...d, responsibleUnits: responsibleUnits(v, d.code) }));
  }

  @Get(':version/units')
  units(@Param('version') version: string) {
    return units(knownVersion(version));
  }

  @Get(':version/mechanisms')
  mechanisms(@Param('version') version: string) {
    return mechanisms(knownVersion(version));
  }

  /** Which domains a unit (code, Chinese name or alias) is responsible for. */
  @Get(':version/units/:unit/domains')
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
