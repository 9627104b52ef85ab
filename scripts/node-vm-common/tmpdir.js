'use strict';
// jsvm's stand-in for Node's test/common/tmpdir: one scratch folder per run.
const fs = require('fs');
const path = require('path');

const tmpPath = process.env.NODE_TEST_TMPDIR ||
  path.join(process.env.TMPDIR || '/tmp', `jsvm-node-vm-tests.${process.pid}`);

function refresh() {
  fs.rmSync(tmpPath, { recursive: true, force: true });
  fs.mkdirSync(tmpPath, { recursive: true });
}

module.exports = {
  path: tmpPath,
  refresh,
  resolve: (...parts) => path.resolve(tmpPath, ...parts),
  hasEnoughSpace: () => true,
};
