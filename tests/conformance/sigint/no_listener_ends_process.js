// With no SIGINT listener and no breakOnSigint run going on, SIGINT ends the
// process as the default action does; a breakOnSigint run before does not
// change that.
const vm = require('vm');

const kill = () => process.kill(process.pid, 'SIGINT');
try {
  vm.runInNewContext('kill(); for (;;) {}', { kill }, { breakOnSigint: true });
} catch (e) {
  console.log(e.code);
}
process.on('exit', () => console.log('exit event (not expected)'));
// A listener added and removed again leaves the default action too.
const listener = () => console.log('listener (not expected)');
process.on('SIGINT', listener);
process.off('SIGINT', listener);
process.stdout.write('about to be interrupted\n');
setTimeout(() => {
  kill();
  setTimeout(() => console.log('still alive (not expected)'), 100);
}, 10);
