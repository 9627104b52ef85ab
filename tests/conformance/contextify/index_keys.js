// Integer-indexed properties of the context object.
const vm = require('node:vm');

const ctx = vm.createContext({ 0: 'zero' });
console.log(vm.runInContext('this[0]', ctx));
console.log(vm.runInContext('globalThis["0"]', ctx));
vm.runInContext('this[1] = "one"; globalThis[2] = "two";', ctx);
console.log(ctx[1], ctx[2]);
console.log(vm.runInContext('0 in globalThis', ctx), vm.runInContext('7 in globalThis', ctx));
console.log(vm.runInContext('delete this[0]', ctx), 0 in ctx);
console.log(Object.keys(ctx));

// An array can be contextified; its elements and length are globals.
const arr = vm.createContext([10, 20]);
console.log(vm.runInContext('this[0] + this[1]', arr), vm.runInContext('length', arr));
vm.runInContext('this[2] = 30', arr);
console.log(arr, Array.isArray(arr));
