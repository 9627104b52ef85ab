// An uncaught error thrown inside a context with a filename: the CLI prints
// the location in that file, the source line and a caret, then the error.
const vm = require('node:vm');
console.log('before');
vm.runInNewContext('var a = 1;\nthrow new TypeError("inner boom");', {}, { filename: 'inner.js' });
console.log('not reached');
