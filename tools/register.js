// Runs the TypeScript sources directly (SWC, with decorator metadata and the tsconfig path aliases),
// so the services need no separate build step in development, tests and benchmarks. Images and `npm start` run
// the production build instead (tools/build/build-services.js, the same SWC options ahead of time).
const path = require('path');
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || path.join(__dirname, '..', 'tsconfig.json');
require('@swc-node/register');
