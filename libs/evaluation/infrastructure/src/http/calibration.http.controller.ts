import { Controller, Get, Query } from '@nestjs/common';
import type { Actor } from '@scq/contracts';
import { CalibrationQuery } from '@scq/evaluation-application';
import { CurrentActor, parseRequest } from '@scq/platform-http';
import { calibrationQuery } from './evaluation.http.schemas';

/** Severity and leniency of each evaluator against their peers, for the coordinator. */
@Controller('api/evaluation/calibration')
export class CalibrationHttpController {
  constructor(private readonly calibration: CalibrationQuery) {}

  @Get()
  report(@Query() query: unknown, @CurrentActor() actor: Actor) {
    const options = parseRequest(calibrationQuery, query);
    return this.calibration.report(actor, options);
  }
}
