// process.kill and signal listeners.
const vm = require('vm');

function show(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`, e.errno, e.syscall);
  }
}
show(() => process.kill(process.pid, 0));
show(() => process.kill(process.pid, 'SIGFOO'));
show(() => process.kill('x'));
show(() => process.kill(1.5));
show(() => process.kill(99999999, 'SIGINT'));
show(() => process.kill(process.pid, 99));

const seen = [];
process.on('SIGUSR2', (signal, number) => seen.push(`${signal} ${number}`));
process.once('SIGHUP', (signal) => seen.push(signal));
console.log(process.listenerCount('SIGUSR2'), process.listenerCount('SIGHUP'));
process.kill(process.pid, 'SIGUSR2');
process.kill(process.pid, 'SIGHUP');
setTimeout(() => {
  console.log(seen);
  console.log(process.listenerCount('SIGHUP'));
  // A vm run without breakOnSigint does not take SIGINT from listeners.
  process.on('SIGINT', () => console.log('SIGINT listener called'));
  vm.runInNewContext('kill()', { kill: () => process.kill(process.pid, 'SIGINT') });
  setTimeout(() => console.log('done'), 20);
}, 20);
