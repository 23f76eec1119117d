import type { EventPublisher } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import {
  applyProfileEdit,
  profileIsOpen,
  profileLockedError,
  scenarioOwnership,
  ScenarioProfileError,
  type ProfileChange,
  type Scenario,
  type ScenarioProfileEdit,
  type ScenarioRegistrant,
} from '@scq/registry-domain';
import type { ScenarioRepository } from './scenario.repository.port';

/**
 * The owner edits a scenario's profile while it is open (before the recognition assessment): whoever may register for
 * its owner unit may edit it (`scenarioOwnership`), the change is recorded field by field with who made it, and
 * `registry.scenario.profile-changed` tells the services that show its title. An edit that changes nothing records nothing.
 */
export class EditScenarioProfileHandler {
  constructor(
    private readonly db: Database,
    private readonly scenarios: ScenarioRepository,
    private readonly publisher: EventPublisher,
  ) {}

  execute(editor: ScenarioRegistrant, id: string, edit: ScenarioProfileEdit): Promise<{ scenario: Scenario; changes: ProfileChange[] }> {
    return this.db.transaction(async (tx) => {
      const scenario = await this.scenarios.findByIdForUpdate(tx, id);
      if (!scenario) throw new ScenarioProfileError('not-found', 'NOT_FOUND', `场景不存在 Scenario ${id} not found`);
      scenarioOwnership(editor, scenario);
      if (!profileIsOpen(scenario.stage)) throw profileLockedError(scenario);
      if (edit.expectedRevision !== undefined && edit.expectedRevision !== scenario.profileRevision) {
        throw new ScenarioProfileError(
          'conflict',
          'VERSION_MISMATCH',
          `场景档案已被他人修改（当前第 ${scenario.profileRevision} 版，您看到的是第 ${edit.expectedRevision} 版），请刷新后重试 The profile changed since you read it (revision ${scenario.profileRevision}, you sent ${edit.expectedRevision}); reload and retry`,
        );
      }
      const { next, changes } = applyProfileEdit(scenario, edit);
      if (changes.length === 0) return { scenario, changes };
      const edited: Scenario = { ...next, profileRevision: scenario.profileRevision + 1 };
      const at = new Date();
      await this.scenarios.updateProfile(tx, edited);
      await this.scenarios.recordProfileRevision(tx, { scenarioId: id, revision: edited.profileRevision, changedBy: editor.id, changedAt: at, changes });
      await this.publisher.publish(tx, 'registry.scenario.v1', 'registry.scenario.profile-changed', {
        subject: id,
        data: {
          scenarioId: id,
          title: edited.title,
          tier: edited.tier,
          ...(edited.district ? { district: edited.district } : {}),
          taxonomyVersion: edited.taxonomyVersion,
          profileRevision: edited.profileRevision,
          changedFields: changes.map((change) => change.field),
          changedBy: editor.id,
          changedAt: at.toISOString(),
        },
      });
      return { scenario: edited, changes };
    });
  }
}
