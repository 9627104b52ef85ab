// An uncaught error thrown by vm code: vm decorated its stack, so the CLI
// prints the stack as it is (one location header, not two).
const vm = require('node:vm');
console.log('start');
vm.runInNewContext('const a = 1;\n  if (a) throw new RangeError("from the context");', {}, { filename: 'inner.js' });
