// kill(): the signal ends the child ('exit' with null and the signal's
// name), killed is set; unknown signals throw; after the exit, false.
const { spawn } = require('child_process');

const sleeper = spawn('sleep', ['30']);
sleeper.on('spawn', () => {
  try {
    sleeper.kill('SIGNOPE');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
  console.log('kill', sleeper.kill());
});
sleeper.on('exit', (code, signal) => {
  console.log('exit', code, signal, sleeper.killed, sleeper.exitCode, sleeper.signalCode);
  console.log('kill after exit', sleeper.kill());
});
sleeper.on('close', (code, signal) => {
  console.log('close', code, signal);
  const other = spawn('sleep', ['30']);
  other.on('exit', (code, signal) => {
    console.log('second exit', code, signal, other.killed);
    // A child that a signal ends by itself.
    const selfKilled = spawn('sh', ['-c', 'kill -USR1 $$']);
    selfKilled.on('exit', (code, signal) => {
      console.log('self-killed', code, signal, selfKilled.killed);
    });
  });
  other.kill(9);
});
