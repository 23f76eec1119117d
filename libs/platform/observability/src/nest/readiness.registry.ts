/** A dependency whose reachability decides readiness (database, broker, Redis). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
  /**
   * Reported beside the others but not deciding readiness: a state worth seeing that traffic need not wait for (a
   * service's Kafka consumers still joining their groups, whose events wait durably in Kafka meanwhile).
   */
  informational?: boolean;
}

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  checks: Array<{ name: string; ok: boolean; error?: string; informational?: true }>;
}

/** Each service module registers the checks of what it depends on; the host's health endpoint runs them all. */
export class ReadinessRegistry {
  private readonly checks: ReadinessCheck[] = [];

  add(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async report(timeoutMs = 2000): Promise<ReadinessReport> {
    const checks = await Promise.all(
      this.checks.map(async ({ name, check, informational }) => {
        const kind = informational ? { informational: true as const } : {};
        try {
          await withTimeout(check(), timeoutMs);
          return { name, ok: true, ...kind };
        } catch (error) {
          return { name, ok: false, error: error instanceof Error ? error.message : String(error), ...kind };
        }
      }),
    );
    return { status: checks.every((c) => c.ok || c.informational) ? 'ok' : 'unavailable', checks };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
