const QUEUE_NAME = /^[a-z0-9][a-z0-9.-]*$/;

/** Queue names are constants chosen by callers: lower-case letters, digits, dots and dashes. */
export function assertValidQueueName(queue: string): void {
  if (typeof queue !== 'string' || !QUEUE_NAME.test(queue)) {
    throw new Error(`Invalid queue name ${JSON.stringify(queue)}: it must match ${QUEUE_NAME}`);
  }
}

/**
 * Job ids must be accepted by every adapter, so BullMQ's rules apply everywhere: not empty, no `:` (its Redis key
 * separator) and not an integer (reserved for its generated ids).
 */
export function assertValidJobId(jobId: string): void {
  if (typeof jobId !== 'string' || jobId.length === 0) {
    throw new Error(`Invalid job id ${JSON.stringify(jobId)}: it must be a non-empty string`);
  }
  if (jobId.includes(':')) {
    throw new Error(`Invalid job id ${JSON.stringify(jobId)}: a job id must not contain ":" (use "-", "_" or "." instead)`);
  }
  if (`${parseInt(jobId, 10)}` === jobId) {
    throw new Error(`Invalid job id ${JSON.stringify(jobId)}: a job id must not be an integer`);
  }
}

export function assertValidRunAt(runAt: Date): void {
  if (!(runAt instanceof Date) || Number.isNaN(runAt.getTime())) {
    throw new Error(`Invalid runAt ${String(runAt)}: it must be a valid Date`);
  }
}

export function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${value}`);
}
