// The lifecycle history chain key for this test file: a fresh random secret. In-process services read it from the
// environment, and service processes the tests start inherit it, so every part of one test file links and verifies
// history rows with the same key (and no test writes a key file or warns about a per-process key).
const { randomBytes } = require('node:crypto');

if (!process.env.HISTORY_CHAIN_KEY && !process.env.HISTORY_CHAIN_KEY_FILE) {
  process.env.HISTORY_CHAIN_KEY = randomBytes(48).toString('base64');
}
