// Symbol-keyed properties of the context object are visible on the global.
const vm = require('node:vm');

const s = Symbol('key');
const ctx = vm.createContext({ s });
ctx[s] = 'symbol value';

console.log(vm.runInContext('globalThis[s]', ctx));
console.log(vm.runInContext('s in globalThis', ctx));
console.log(vm.runInContext('Object.getOwnPropertySymbols(globalThis).map(String)', ctx));

// Writing an existing symbol key from inside updates the context object.
vm.runInContext('globalThis[s] = "updated"', ctx);
console.log(ctx[s]);

// Defining a symbol key from inside lands on the context object.
vm.runInContext('Object.defineProperty(globalThis, Symbol.for("defined"), { value: "d", enumerable: true, configurable: true, writable: true })', ctx);
console.log(ctx[Symbol.for('defined')]);

// Well-known symbols of the global object.
console.log(vm.runInContext('Object.prototype.toString.call(globalThis)', ctx));
