import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';

export interface KafkaMockCluster {
  brokers: string[];
  /** A prefix unique to this run, for topic names and consumer groups. */
  prefix: string;
  /** The kcat process serving the brokers (benchmarks read its CPU time). */
  pid: number | undefined;
  /**
   * Aborts every established TCP connection to the brokers' ports (`ss -K`, needs root or CAP_NET_ADMIN): every client
   * sees ECONNABORTED at once and must reconnect. The number of connections aborted.
   */
  abortConnections(): Promise<number>;
  /** Whether kcat, and with it every broker, is still running. */
  running(): boolean;
  stop(): Promise<void>;
}

/**
 * librdkafka's mock cluster, served by Debian's kcat (DESIGN §6): the Kafka wire protocol on loopback.
 * Topics auto-create with 4 partitions; CreateTopics, idempotent and transactional producers do not work.
 * kcat runs with -E: its own consumer losing every broker at once (ALL_BROKERS_DOWN) must not end it, and the cluster with it.
 */
export async function startKafkaMockCluster(brokerCount = 3): Promise<KafkaMockCluster> {
  const child = spawn('kcat', ['-b', 'unused:1', '-C', '-E', '-t', '__boot', '-X', `test.mock.num.brokers=${brokerCount}`, '-d', 'mock', '-o', 'end'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const bootstrap = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`kcat mock cluster did not start: ${seen.slice(-500)}`)), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run kcat (apt-get install -y kcat): ${error.message}`));
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /bootstrap\.servers=([0-9.:,]+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        child.stderr?.removeAllListeners('data');
        child.stderr?.resume();
        resolve(match[1]);
      }
    });
  });
  const brokers = bootstrap.split(',');
  return {
    brokers,
    prefix: `t${randomBytes(4).toString('hex')}`,
    pid: child.pid,
    abortConnections: () => abortConnections(brokers),
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopChild(child),
  };
}

async function abortConnections(brokers: string[]): Promise<number> {
  const ports = brokers.map((broker) => broker.slice(broker.lastIndexOf(':') + 1));
  const filter = ['(', ...ports.flatMap((port, i) => [...(i > 0 ? ['or'] : []), 'dport', '=', `:${port}`]), ')'];
  const { stdout } = await promisify(execFile)('ss', ['-tnHK', 'state', 'established', ...filter]);
  return stdout.split('\n').filter((line) => line.trim()).length;
}

/** kcat ignores SIGTERM: SIGINT stops it. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGINT');
  });
}
