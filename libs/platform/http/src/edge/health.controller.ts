import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ReadinessRegistry } from '@scq/platform-observability';
import { Access } from '../auth/access.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @Access.public()
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Every dependency answers: 200, or 503 with the failing checks. */
  @Get('ready')
  @Access.public()
  async ready(@Res() response: Response): Promise<void> {
    const report = await this.readiness.report();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(report);
  }
}
