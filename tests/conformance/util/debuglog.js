// util.debuglog with NODE_DEBUG (read when the process starts): sections,
// wildcards, the `enabled` property, the callback form.
const { spawnSync } = require('child_process');
const path = require('path');
const child = path.join(__dirname, 'fixtures', 'debuglog_child.js');
for (const env of ['foo,ba*', 'a.b', 'FOO', '']) {
  const r = spawnSync(process.execPath, [child], { env: { NODE_DEBUG: env }, encoding: 'utf8' });
  console.log(`NODE_DEBUG=${JSON.stringify(env)} status ${r.status}`);
  console.log(r.stdout.trim());
  console.log(r.stderr.replace(/ \d+: /g, ' PID: ').trim());
}
