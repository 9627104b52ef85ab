// vm.constants.DONT_CONTEXTIFY: an ordinary global object.
const vm = require('node:vm');

console.log(typeof vm.constants.DONT_CONTEXTIFY);
const ctx = vm.createContext(vm.constants.DONT_CONTEXTIFY);
console.log(vm.isContext(ctx));
console.log(vm.runInContext('globalThis', ctx) === ctx);
console.log(vm.runInContext('this', ctx) === ctx);
console.log(ctx.Array === vm.runInContext('Array', ctx), ctx.Array === Array);
console.log(Object.keys(ctx));

vm.runInContext('var a = 1; b = 2; let l = 3;', ctx);
vm.runInContext('function f() {}', ctx);
console.log(Object.keys(ctx), ctx.l);
console.log(vm.runInContext('l', ctx));

// It can be frozen from inside; new globals then fail.
vm.runInContext('Object.freeze(globalThis)', ctx);
console.log(Object.isFrozen(ctx));
try {
  vm.runInContext('"use strict"; c = 3;', ctx);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(vm.runInContext('a = 10; a', ctx));

// runInNewContext accepts it too.
console.log(vm.runInNewContext('typeof Array', vm.constants.DONT_CONTEXTIFY));
console.log(vm.runInNewContext('Object.keys(globalThis).length', vm.constants.DONT_CONTEXTIFY));
