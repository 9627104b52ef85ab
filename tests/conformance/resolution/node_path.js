// NODE_PATH: folders searched for bare names after the node_modules
// folders (not by import); read once at startup.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const run = (nodePath) => {
  const child = spawnSync(process.execPath, ['fixtures/node_path/print.js'], {
    env: { ...process.env, NODE_PATH: nodePath }, encoding: 'utf8',
  });
  console.log(child.status, child.stdout.replaceAll(__dirname, '<dir>'));
};
run(path.join(__dirname, 'fixtures/node_path/lib'));
run(`${path.join(__dirname, 'fixtures/node_path/none')}::${path.join(__dirname, 'fixtures/node_path/lib')}`);
run('');
