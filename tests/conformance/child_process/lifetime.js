// A running child keeps the process alive; an unref'd one (with no pipes)
// does not.
const { spawn } = require('child_process');

const kept = spawn('sleep', ['0.1'], { stdio: 'ignore' });
kept.on('exit', (code) => console.log('kept child exit', code));

const loose = spawn('sleep', ['30'], { stdio: 'ignore' });
loose.unref();
loose.on('exit', () => console.log('loose exit (never)'));
process.on('exit', () => {
  console.log('process exit, loose child still running:', loose.exitCode === null);
  loose.kill();
});
