// A new context has a console object of its own (V8's), whose output does not
// reach the process's stdout or stderr.
const vm = require('node:vm');

console.log(vm.runInNewContext('typeof console'));
console.log(vm.runInNewContext('typeof console.log'));
vm.runInNewContext('console.log("must not appear"); console.error("must not appear either");');
console.log('done');

// Passing the outer console in makes output visible.
vm.runInNewContext('console.log("visible", 1 + 1)', { console });
