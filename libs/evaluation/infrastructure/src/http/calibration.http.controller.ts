import { Controller, Get } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { CalibrationQuery } from '@scq/evaluation-application';
import { Access, ApiRoute, ApiTags, CurrentActor, ZodQuery } from '@scq/platform-http';
import type { z } from 'zod';
import { invalid, refused } from './evaluation.api-responses';
import { CalibrationReportSchema } from './evaluation.http.responses';
import { calibrationQuery } from './evaluation.http.schemas';

/** Severity and leniency of each evaluator against their peers, for the coordinator. */
@ApiTags('calibration')
@Controller('api/evaluation/calibration')
export class CalibrationHttpController {
  constructor(private readonly calibration: CalibrationQuery) {}

  @Get()
  @Access({ coordinator: 'everything', admin: 'everything', leadership: 'everything', auditor: 'everything' })
  @ApiRoute({ summary: '评分校准 Severity and leniency of each evaluator (coordinator)', responses: { '200': { description: 'The calibration report', schema: CalibrationReportSchema }, '400': invalid, ...refused } })
  report(@ZodQuery(calibrationQuery) options: z.infer<typeof calibrationQuery>, @CurrentActor() actor: Actor): Promise<z.output<typeof CalibrationReportSchema>> {
    return this.calibration.report(actor, options);
  }
}
