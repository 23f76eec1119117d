// Run by lazy-packages.int-spec.ts in a fresh process: loads the libraries the embedded host composes (apps/standalone)
// and prints the node_modules packages that loading them required.
import '@scq/registry-infrastructure';
import '@scq/workflow-infrastructure';
import '@scq/evaluation-infrastructure';
import '@scq/notification-infrastructure';
import '@scq/gateway-infrastructure';
import '@scq/platform-runtime';
import '@scq/platform-messaging';
import '@scq/platform-scheduling';

const loaded = new Set<string>();
for (const file of Object.keys(require.cache)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
  if (match) loaded.add(match[1]);
}
process.stdout.write(JSON.stringify([...loaded]));
