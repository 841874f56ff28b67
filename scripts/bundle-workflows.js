// Prebuilds the workflow bundle into dist/workflow-bundle.js so the worker starts without webpack.
const { writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { bundleWorkflowCode } = require('@temporalio/worker');
const { workflowBundleOptions } = require('../dist/libs/temporal/src/workflow-bundle');

const root = resolve(__dirname, '..');
const silent = () => undefined;
bundleWorkflowCode({ ...workflowBundleOptions(root), logger: { log: silent, trace: silent, debug: silent, info: silent, warn: console.warn, error: console.error } })
  .then(({ code }) => {
    writeFileSync(join(root, 'dist', 'workflow-bundle.js'), code);
    console.log('Workflow bundle written to dist/workflow-bundle.js');
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
