// The one knob for how long an integration or end-to-end test, or its set-up hook, may take before it fails: a busy
// two-core machine opens PGlite, migrates a database or starts a service process slowly, never wrongly. A file may ask
// for more with jest.setTimeout. (Jest reads `testTimeout` only globally, so each project sets it here.)
jest.setTimeout(Number(process.env.SCQ_TEST_TIMEOUT_MS || 120_000));
