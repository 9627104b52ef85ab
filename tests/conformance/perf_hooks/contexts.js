// The main context has Node's performance global (an enumerable one); vm
// contexts have none, as in Node.
const vm = require('vm');
console.log(Object.keys(globalThis).includes('performance'), typeof performance.mark);
console.log(vm.runInNewContext('typeof performance'), vm.runInNewContext('typeof PerformanceMark'),
  vm.runInNewContext('typeof TextEncoder'));
console.log(vm.runInNewContext('typeof performance', { performance }));
globalThis.performance = 5;
console.log(performance);
