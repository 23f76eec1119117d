/**
 * The one knob for slow test work (tools/jest/slow-test-timeout.js reads the same variable): SCQ_TEST_TIMEOUT_MS,
 * 120 s unless set. A file or a helper that needs longer asks for a multiple of it, so a busy machine raises every
 * limit at once by setting the knob.
 */
export function slowTimeout(multiple = 1): number {
  return Math.round(Number(process.env.SCQ_TEST_TIMEOUT_MS || 120_000) * multiple);
}
