// An error decorated by vm and rethrown by the program: the CLI prints the
// decorated stack, which points into the vm code, not at the rethrow.
const vm = require('node:vm');
try {
  vm.runInThisContext('\nthrow new Error("decorated");', { filename: 'deco.js' });
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('|'));
  throw e;
}
