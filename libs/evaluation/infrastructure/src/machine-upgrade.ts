import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ASSESSMENT_MACHINE_MIGRATION, SYSTEM_ACTOR } from '@scq/evaluation-application';
import { applyMigration, LifecycleRunner, type MigrationStep } from '@scq/platform-lifecycle';
import { SERVICE_DATABASE } from '@scq/platform-messaging';
import { LOGGER, type Logger } from '@scq/platform-observability';
import type { Database } from '@scq/platform-persistence';

/**
 * Moves every assessment still on machine version 1 to version 2 before the service consumes anything: the same
 * states and context, so each snapshot moves as it is, with a `migration` row in its history. One process at a time
 * (an advisory lock); once moved, nothing is left to move, so later starts do nothing.
 */
@Injectable()
export class AssessmentMachineUpgrade implements OnModuleInit {
  constructor(
    @Inject(SERVICE_DATABASE) private readonly db: Database,
    private readonly runner: LifecycleRunner,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    const moved = await this.upgrade();
    if (moved.length > 0) this.logger.info({ moved: moved.length, migration: ASSESSMENT_MACHINE_MIGRATION }, 'assessment instances moved to the current machine version');
  }

  upgrade(): Promise<MigrationStep[]> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('evaluation.machine-upgrade'))`);
      return applyMigration(tx, this.runner, ASSESSMENT_MACHINE_MIGRATION, SYSTEM_ACTOR, randomUUID());
    });
  }
}
