// Object.keys(globalThis) inside a context: names declared with var or
// function come first, then the context object's own enumerable keys.
const vm = require('node:vm');

const ctx = vm.createContext({ a: 1, b: 2 });
vm.runInContext('function f() {} var v = 1; c = 3; this.d = 4;', ctx);
console.log(vm.runInContext('Object.keys(globalThis)', ctx));
console.log(Object.keys(ctx));

// A non-enumerable property of the context object is not listed.
Object.defineProperty(ctx, 'hidden', { value: 1, enumerable: false });
console.log(vm.runInContext('Object.keys(globalThis).includes("hidden")', ctx));
console.log(vm.runInContext('Object.getOwnPropertyNames(globalThis).includes("hidden")', ctx));

// Built-ins are own properties of the global, but not enumerable.
console.log(vm.runInContext('Object.keys(globalThis).includes("Array")', ctx));
console.log(vm.runInContext('Object.getOwnPropertyNames(globalThis).includes("Array")', ctx));

// Without declarations, the keys are the context object's keys.
const plain = vm.createContext({ x: 1, y: 2 });
console.log(vm.runInContext('Object.keys(globalThis)', plain));
console.log(vm.runInContext('JSON.stringify(Object.entries(globalThis))', plain));
