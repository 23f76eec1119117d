import type { Actor } from '@scq/contracts';
import { readsByPanel } from '@scq/contracts';
import type { Database, SqlExecutor } from '@scq/platform-persistence';
import { notFoundScenario, recordProcurement, requireUnitAuthority, type Scenario, type ScenarioProcurement, type ScenarioProcurementInput } from '@scq/registry-domain';
import type { ScenarioRepository } from '../scenario.repository.port';
import { assertReadsScenario } from '../scenario-reach';
import type { ProcurementRepository } from './procurement.repository.port';

/**
 * 采购途径与首台(套): a scenario's procurement route (政府采购 and its method, or another route) and the 首台(套) /
 * 首批次 / 首版次 recognitions it relies on. Whoever acts for the owner unit records them (its officers, the
 * coordinator, admins); whoever reads the scenario reads them.
 */
export class ScenarioProcurementHandler {
  constructor(
    private readonly db: Database,
    private readonly procurement: ProcurementRepository,
    private readonly scenarios: ScenarioRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  record(actor: Actor, scenarioId: string, input: ScenarioProcurementInput): Promise<ScenarioProcurement> {
    return this.db.transaction(async (tx) => {
      const scenario = await this.scenarioOf(tx, scenarioId);
      requireUnitAuthority(actor, scenario.ownerUnit, { zh: '登记采购途径', en: 'record the procurement route' });
      const record = recordProcurement(input, { scenarioId, by: actor.id, at: this.clock() });
      await this.procurement.save(tx, record);
      return record;
    });
  }

  /** null when nothing was recorded yet. */
  async read(actor: Actor, scenarioId: string): Promise<ScenarioProcurement | null> {
    const scenario = await this.scenarioOf(this.db, scenarioId);
    assertReadsScenario(actor, scenario, readsByPanel(actor) ? await this.scenarios.panelOf(this.db, scenarioId) : []);
    return this.procurement.find(this.db, scenarioId);
  }

  private async scenarioOf(db: SqlExecutor, scenarioId: string): Promise<Scenario> {
    const scenario = await this.scenarios.findById(db, scenarioId);
    if (!scenario) throw notFoundScenario(scenarioId);
    return scenario;
  }
}
