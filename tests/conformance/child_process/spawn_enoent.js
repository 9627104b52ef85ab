// spawn of a command that does not exist: no 'spawn' event, an 'error'
// (from the nextTick queue) with Node's fields, then 'close' with -2.
const { spawn } = require('child_process');

const child = spawn('no-such-command-jsvm', ['one', 'two']);
console.log(child.pid, child.stdin !== null, child.stdout !== null);
child.on('spawn', () => console.log('spawn (never)'));
child.on('exit', () => console.log('exit (never)'));
child.on('error', (err) => {
  console.log('error', err.message, err.errno, err.code, err.syscall, err.path, err.spawnargs);
  console.log(Object.keys(err), child.exitCode, child.signalCode);
});
child.on('close', (code, signal) => console.log('close', code, signal));
process.nextTick(() => console.log('tick'));

// Without an 'error' listener, the error is uncaught.
process.on('uncaughtException', (err) => console.log('uncaught', err.code, err.syscall));
spawn('no-such-command-jsvm-2');
