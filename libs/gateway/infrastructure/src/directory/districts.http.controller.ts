import { Controller, Get, HttpStatus } from '@nestjs/common';
import { districtDirectory, districtDirectoryVersions } from '@scq/identity';
import { Access, apiError, ApiRoute, ApiTags, RequestError, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { DistrictDirectorySchema, DistrictsQuerySchema } from './directory.schemas';

/** Chongqing's districts and counties and the Sichuan partners, as versioned data (what district officers belong to). */
@ApiTags('directory')
@Controller('api/directory/districts')
export class DistrictsHttpController {
  @Get()
  @Access.everyRole('everything')
  @ApiRoute({ summary: '区县目录 Districts and counties, and the Sichuan partners of joint 成渝 scenarios', responses: { '200': { description: 'The version asked for, else the current one', schema: DistrictDirectorySchema }, '404': apiError('No such version') } })
  districts(@ZodQuery(DistrictsQuerySchema) { version }: z.infer<typeof DistrictsQuerySchema>): z.infer<typeof DistrictDirectorySchema> {
    const directory = districtDirectory(version);
    if (!directory) throw new RequestError(HttpStatus.NOT_FOUND, 'DISTRICT_DIRECTORY_NOT_FOUND', `没有版本 ${version} 的区县目录 No district directory version ${version}; versions: ${districtDirectoryVersions().join(', ')}`);
    return directory;
  }
}
