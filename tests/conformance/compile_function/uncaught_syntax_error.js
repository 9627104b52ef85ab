// An uncaught syntax error of compileFunction is printed with its
// decorated stack.
const vm = require('node:vm');
vm.compileFunction('let x = 1;\nx y;', ['a'], { filename: 'body.js' });
