import type { SubscribeOptions } from '../bus/message-bus.port';
import { decodeMessage } from './decode-message';
import type { EventConsumer } from './event.consumer';

/**
 * Consumers of one service taking their topics through one bus group. On Kafka each group is a client of its own with
 * connections, heartbeats and a fetch loop: one group per handler (31 in all) made an idle production stack burn most of
 * a core (docs/benchmarks.md). Each message goes to every member whose handlers take its topic, side by side; each member
 * records it in the inbox under its own name, in its own transaction, so a redelivery after a failure skips the members
 * that handled it already. The group's offset moves past a message once every member is done with it.
 *
 * The group parses and validates each message once and hands the event only to the members with a handler for its type
 * (the others open no span and do no work). A message that does not decode goes to every member of its topic, and each
 * dead-letters it under its own name, as a consumer of its own subscription would.
 *
 * A new member starts where the group's committed offsets are, not at the start of the topic: events from before it
 * joined do not reach it unless they are published again.
 */
export async function subscribeSharedGroup(group: string, members: readonly EventConsumer[], options: SubscribeOptions): Promise<void> {
  const bus = members[0]?.bus;
  if (!bus) return;
  const attached = new Set(members);
  const byTopic = new Map<string, EventConsumer[]>();
  for (const member of members) for (const topic of member.topicNames) byTopic.set(topic, [...(byTopic.get(topic) ?? []), member]);
  const shared = await bus.subscribe(
    group,
    [...byTopic.keys()],
    async (message) => {
      const onTopic = (byTopic.get(message.topic) ?? []).filter((member) => attached.has(member));
      if (onTopic.length === 0) return;
      const decoded = decodeMessage(message);
      const takers = decoded.ok ? onTopic.filter((member) => member.takes(message.topic, decoded.envelope.type)) : onTopic;
      // Every taker settles before a failure reaches the bus: a redelivery never overlaps a handler still running.
      const outcomes = await Promise.allSettled(takers.map((member) => member.handleShared(message, decoded)));
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failure) throw failure.reason;
    },
    options,
  );
  const ready = shared.ready?.bind(shared);
  const joined = shared.joined?.bind(shared);
  for (const member of members) {
    member.attach({
      ...(ready ? { ready } : {}),
      ...(joined ? { joined } : {}),
      close: async () => {
        // The last member out closes the group's subscription.
        if (attached.delete(member) && attached.size === 0) await shared.close();
      },
    });
  }
}
