// Runs this runtime again (process.execPath) with a small script, with
// spawn and spawnSync: arguments, stdout, stderr and the exit code.
const { spawn, spawnSync, execFileSync } = require('child_process');
const path = require('path');

const script = path.join(__dirname, 'fixtures', 'echo_child.js');
const r = spawnSync(process.execPath, [script, '5', 'two words'], { encoding: 'utf8' });
console.log(r.status, r.signal, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
console.log(JSON.stringify(execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: 'pipe' })));

const child = spawn(process.execPath, [script, '7'], { stdio: ['ignore', 'pipe', 'pipe'] });
console.log(child.stdin);
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code, signal) => {
  console.log('close', code, signal, JSON.stringify(out), JSON.stringify(err));
  // stdio 'inherit': the child writes to our stdout itself.
  const inherit = spawn(process.execPath, [script, '0', 'inherited'], { stdio: 'inherit' });
  console.log(inherit.stdout, inherit.stdio);
  inherit.on('close', (code) => console.log('inherit close', code));
});
