// With nested runs, the innermost run that breaks on SIGINT takes the
// signal; a run without breakOnSigint lets it through to the one around it.
const vm = require('vm');

process.on('SIGINT', () => console.log('listener (not expected)'));
const kill = () => process.kill(process.pid, 'SIGINT');
const ctx = vm.createContext({ vm, kill, console });

console.log(vm.runInContext(`
  try {
    vm.runInNewContext('kill(); for (;;) {}', { kill }, { breakOnSigint: true });
  } catch (e) {
    console.log('inner:', e.code);
  }
  'outer done';
`, ctx, { breakOnSigint: true }));

try {
  vm.runInContext(`
    try {
      vm.runInNewContext('kill(); for (;;) {}', { kill });
    } catch (e) {
      console.log('inner (never)', e.code);
    }
    'outer done';
  `, ctx, { breakOnSigint: true });
} catch (e) {
  console.log('outer:', e.code);
}

// A timeout around a breakOnSigint run.
console.log(vm.runInContext(`
  try {
    vm.runInNewContext('kill(); for (;;) {}', { kill }, { breakOnSigint: true });
  } catch (e) {
    console.log('inner:', e.code);
  }
  'outer done';
`, ctx, { timeout: 5000 }));
