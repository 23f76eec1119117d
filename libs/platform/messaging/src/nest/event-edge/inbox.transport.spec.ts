import { InboxTransport } from './inbox.transport';
import type { InboxEventPattern } from './on-event.decorator';
import { ServiceMessagingRegistry } from './service-messaging.registry';

describe('InboxTransport', () => {
  it("refuses a when on a pattern Nest chained more than one handler to (it would speak for the others)", async () => {
    const transport = new InboxTransport(new ServiceMessagingRegistry());
    const pattern: InboxEventPattern = { consumer: 'evaluation.scenario-ended', topic: 'workflow.scenario.v1', type: 'workflow.scenario.stage-changed' };
    // As Nest's listeners controller adds two event handlers of one pattern: the second is chained to the first.
    transport.addHandler(pattern, async () => undefined, true, {});
    transport.addHandler(pattern, async () => undefined, true, { when: () => false });
    const failure = await new Promise<unknown>((resolve) => void transport.listen(resolve));
    expect(failure).toEqual(new Error("@OnEvent(workflow.scenario.v1, workflow.scenario.stage-changed, evaluation.scenario-ended) has more than one handler: a when must be its pattern's only handler"));
  });
});
