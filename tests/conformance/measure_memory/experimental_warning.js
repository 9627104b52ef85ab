// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// vm.measureMemory emits an ExperimentalWarning once per process, even
// when its arguments are rejected.
const vm = require('vm');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
try {
  vm.measureMemory(5);
} catch (e) {
  console.log(e.code);
}
vm.measureMemory({ execution: 'eager' }).then((r) => console.log(Object.keys(r)));
vm.measureMemory({ execution: 'eager' }).then((r) => console.log(Object.keys(r)));
