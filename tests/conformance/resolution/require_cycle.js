// A require cycle: the partial exports of the module still loading, and
// Node's warning when a missing property of them is read.
require('./fixtures/warnings.js');
const a = require('./fixtures/cycle/a.js');
console.log(a);
console.log(Object.getPrototypeOf(require('./fixtures/cycle/b.js')) === Object.prototype);
