// An uncaught error thrown by a compiled function shows the line of its
// body.
const vm = require('node:vm');
const f = vm.compileFunction('let x = a;\nthrow new RangeError("bad " + x);', ['a'],
  { filename: 'body.js', lineOffset: 10 });
f(1);
