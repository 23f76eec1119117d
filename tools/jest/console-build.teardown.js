// Removes the console built once by console-build.setup.js.
const { rmSync } = require('node:fs');

module.exports = async function removeConsoleBuild() {
  if (process.env.SCQ_CONSOLE_BUILD) rmSync(process.env.SCQ_CONSOLE_BUILD, { recursive: true, force: true });
};
