import { LifecycleRunner, MachineReleases, SqlLifecycleStore, type HistoryChainKeys } from '@scq/platform-lifecycle';
import type { ServiceMessaging } from '@scq/platform-messaging';
import type { Database } from '@scq/platform-persistence';
import { ApplicationFiles, Consortia, publishTransition, WorkflowCommands, workflowCatalog, type AttachmentScanner, type AttachmentStore, type WorkflowCatalogOptions } from '@scq/workflow-application';
import { stageLabelOf } from '@scq/platform-lifecycle';
import { WORKFLOW_MACHINES } from './workflow.http.schemas';
import { SqlApplicationFiles } from './sql-application-files';
import { SqlConsortia } from './sql-consortia';
import { SqlOrganisationNames } from './sql-organisation-names';
import { SqlSupplierCredits } from './sql-supplier-credits';

/** Where attachments are kept and what scans them (WorkflowModuleOptions.attachments, or the environment). */
export interface AttachmentServices {
  store: AttachmentStore;
  scanner: AttachmentScanner;
}

/** The lifecycle engine's object graph, built in plain code the compiler checks. */
export function composeWorkflow(db: Database, messaging: ServiceMessaging, keys: HistoryChainKeys, attachments: AttachmentServices, machines: WorkflowCatalogOptions = {}) {
  const runner = new LifecycleRunner(new SqlLifecycleStore('workflow'), workflowCatalog(machines), keys);
  const consortia = new Consortia(db, runner, new SqlConsortia(), messaging.publisher, new SqlOrganisationNames());
  return {
    runner,
    // A moved instance whose stage changed tells the platform as any stage change does (no machine actions re-run).
    releases: new MachineReleases(db, runner, WORKFLOW_MACHINES, [], async (tx, { instance, entry }) => {
      const definition = runner.catalog.get(instance.machineId, instance.machineVersion);
      await publishTransition(tx, messaging.publisher, { changed: true, instance: instance as never, entry, actions: [], stageLabel: stageLabelOf(definition.machine, instance.stage) });
    }),
    commands: new WorkflowCommands(db, runner, messaging.publisher, consortia, undefined, new SqlSupplierCredits()),
    consortia,
    files: new ApplicationFiles(db, runner, new SqlApplicationFiles(), attachments.store, attachments.scanner),
  };
}
