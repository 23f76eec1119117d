// Every new PGlite cluster of the tests is copied from one initdb kept in this folder, per PGlite version
// (libs/platform/persistence/src/pglite-template.ts): initdb costs seconds of CPU, and the tests open hundreds.
const { readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

if (!process.env.SCQ_TEST_PGLITE_TEMPLATE_DIR) {
  const { version } = JSON.parse(readFileSync(join(__dirname, '../../node_modules/@electric-sql/pglite/package.json'), 'utf8'));
  process.env.SCQ_TEST_PGLITE_TEMPLATE_DIR = join(tmpdir(), `scq-pglite-template-${version}`);
}
