// Docs, vm.constants.DONT_CONTEXTIFY: the global object can be frozen.
const vm = require('node:vm');

// Use vm.constants.DONT_CONTEXTIFY to freeze the global object.
const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
vm.runInContext('Object.freeze(globalThis);', context);
try {
  vm.runInContext('bar = 1; bar;', context);
} catch (e) {
  console.log(`${e.name}: ${e.message}`); // ReferenceError: bar is not defined
}
