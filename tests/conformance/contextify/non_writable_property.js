// A non-writable property of the context object: assignment is ignored in
// sloppy mode and throws a TypeError of the context in strict mode.
const vm = require('node:vm');

const ctx = {};
Object.defineProperty(ctx, 'ro', { value: 'fixed', writable: false, enumerable: true, configurable: true });
vm.createContext(ctx);

console.log(vm.runInContext('ro = "changed"; ro', ctx));
console.log(vm.runInContext('this.ro = "changed"; ro', ctx));
console.log(ctx.ro);
try {
  vm.runInContext('"use strict"; ro = "changed";', ctx);
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof TypeError, e instanceof vm.runInContext('TypeError', ctx));
}
console.log(ctx.ro);

// The same for a context object frozen from outside.
const frozen = vm.createContext({ a: 1 });
Object.freeze(frozen);
console.log(vm.runInContext('a = 2; a', frozen));
try {
  vm.runInContext('"use strict"; a = 2;', frozen);
  console.log('no error');
} catch (e) {
  console.log(e.name);
}
