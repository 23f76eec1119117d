import { APPLICATION_STAGE_LABELS } from '@scq/contracts';
import { stageLabelOf } from '@scq/platform-lifecycle';
import { applicationLifecycleMachine } from '@scq/workflow-domain';

describe('application stage labels in the event contract', () => {
  it('names every stage of the machine as the machine does, and nothing else', () => {
    const stages = Object.keys((applicationLifecycleMachine.root as unknown as { states: Record<string, unknown> }).states);
    expect(Object.fromEntries(stages.map((stage) => [stage, stageLabelOf(applicationLifecycleMachine, stage)]))).toEqual(APPLICATION_STAGE_LABELS);
  });
});
