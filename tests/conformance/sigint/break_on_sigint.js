// breakOnSigint: a SIGINT during the run stops it with Node's error; the
// process's SIGINT listeners do not see that signal, and see later ones.
const vm = require('vm');

const kill = () => process.kill(process.pid, 'SIGINT');
let calls = 0;
process.on('SIGINT', (signal, number) => {
  calls++;
  console.log('listener:', signal, number);
});

try {
  vm.runInNewContext('kill(); for (;;) {}', { kill }, { breakOnSigint: true });
} catch (e) {
  console.log(e.name, e.code, e.message);
  console.log('main realm Error?', e instanceof Error);
}

const script = new vm.Script('kill(); while (true) {}');
try {
  script.runInThisContext({ breakOnSigint: true });
} catch (e) {
  console.log('runInThisContext:', e.code, e instanceof Error);
}
console.log('listener calls so far:', calls);

// Caught inside? No: the stop cannot be caught by the script.
const sandbox = { kill, log: [] };
try {
  vm.runInNewContext(
    'try { kill(); for (;;) {} } catch (e) { log.push("caught"); } finally { log.push("finally"); }',
    sandbox, { breakOnSigint: true, timeout: 10000 });
} catch (e) {
  console.log(e.code, sandbox.log);
}

// After the runs the listener works again.
setTimeout(() => {
  kill();
  setTimeout(() => console.log('listener calls at the end:', calls), 20);
}, 10);
