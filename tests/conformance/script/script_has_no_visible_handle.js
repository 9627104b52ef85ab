// A Script keeps its compiled code out of sight: no own symbols or
// non-standard keys, and the run methods are inherited.
const vm = require('node:vm');
const s = new vm.Script('40 + 2');
console.log(Object.getOwnPropertySymbols(s).length);
console.log(Object.getOwnPropertyNames(s).filter((k) => k !== 'sourceURL' && k !== 'sourceMapURL'));
console.log(Object.hasOwn(s, 'runInContext'), typeof s.runInContext, s.runInThisContext());
