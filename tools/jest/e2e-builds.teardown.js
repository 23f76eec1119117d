// Removes what e2e-builds.setup.js built for the run.
const { rmSync } = require('node:fs');

module.exports = async function removeBuilds() {
  for (const dir of [process.env.SCQ_CONSOLE_BUILD, process.env.SCQ_SERVICE_BUILD]) if (dir) rmSync(dir, { recursive: true, force: true });
};
