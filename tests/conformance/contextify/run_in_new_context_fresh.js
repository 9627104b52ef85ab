// vm.runInNewContext creates a new context for every call.
const vm = require('node:vm');

console.log(vm.runInNewContext('var x = 1; typeof x'));
console.log(vm.runInNewContext('typeof x'));
// Node's host objects do not exist in a new context.
console.log(vm.runInNewContext('[typeof require, typeof module, typeof process, typeof setTimeout, typeof global]'));
console.log(vm.runInNewContext('typeof globalThis + " " + Object.keys(globalThis).length'));

const o = { n: 1 };
console.log(vm.runInNewContext('n += 1', o));
console.log(vm.isContext(o), o);
// Running again in a new context with the same object re-contextifies it.
console.log(vm.runInNewContext('n += 1', o));
console.log(o);
