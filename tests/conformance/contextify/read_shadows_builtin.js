// A property of the context object shadows a built-in of the same name.
const vm = require('node:vm');

const ctx = vm.createContext({ Math: 'not the Math object', parseInt: (s) => 'custom ' + s });
console.log(vm.runInContext('Math', ctx));
console.log(vm.runInContext('typeof Math', ctx));
console.log(vm.runInContext('globalThis.Math', ctx));
console.log(vm.runInContext('parseInt("12")', ctx));
// Built-ins that are not shadowed are the context's own.
console.log(vm.runInContext('typeof JSON', ctx));
console.log(vm.runInContext('Number.parseInt("12")', ctx));

// Shadowing from a prototype of the context object works too.
const viaProto = vm.createContext(Object.create({ Array: 'shadowed through prototype' }));
console.log(vm.runInContext('Array', viaProto));

// Removing the shadowing property reveals the built-in again.
delete ctx.Math;
console.log(vm.runInContext('typeof Math.max', ctx));
