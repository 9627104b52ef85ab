// The in operator on the global inside a context.
const vm = require('node:vm');

const ctx = vm.createContext({ own: 1 });
vm.runInContext('var declared = 2; assigned = 3; let lexical = 4;', ctx);
console.log(vm.runInContext('"own" in globalThis', ctx));
console.log(vm.runInContext('"declared" in globalThis', ctx));
console.log(vm.runInContext('"assigned" in this', ctx));
console.log(vm.runInContext('"lexical" in globalThis', ctx));
console.log(vm.runInContext('"Array" in globalThis', ctx));
console.log(vm.runInContext('"missing" in globalThis', ctx));
ctx.late = 5;
console.log(vm.runInContext('"late" in globalThis', ctx));
console.log(vm.runInContext('Reflect.has(globalThis, "own")', ctx));
