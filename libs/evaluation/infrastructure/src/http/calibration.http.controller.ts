import { Controller, Get, Headers, Query } from '@nestjs/common';
import { CalibrationQuery } from '@scq/evaluation-application';
import { parseRequest } from '@scq/platform-observability';
import { requireActor } from './actor.http';
import { asHttp } from './evaluation-error.http';
import { calibrationQuery } from './evaluation.http.schemas';

type HeaderMap = Record<string, string | string[] | undefined>;

/** Severity and leniency of each evaluator against their peers, for the coordinator. */
@Controller('api/evaluation/calibration')
export class CalibrationHttpController {
  constructor(private readonly calibration: CalibrationQuery) {}

  @Get()
  report(@Query() query: unknown, @Headers() headers: HeaderMap) {
    const options = parseRequest(calibrationQuery, query);
    return asHttp(() => this.calibration.report(requireActor(headers), options));
  }
}
