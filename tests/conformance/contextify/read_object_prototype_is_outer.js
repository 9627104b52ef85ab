// Names that are not own properties of the context object are looked up
// through its prototype chain first, which for a plain object created
// outside is the OUTER Object.prototype.
const vm = require('node:vm');

const ctx = vm.createContext({});
const innerObjectPrototype = vm.runInContext('Object.prototype', ctx);

console.log(vm.runInContext('hasOwnProperty', ctx) === Object.prototype.hasOwnProperty);
console.log(vm.runInContext('hasOwnProperty', ctx) === innerObjectPrototype.hasOwnProperty);
console.log(vm.runInContext('hasOwnProperty === Object.prototype.hasOwnProperty', ctx));
console.log(vm.runInContext('typeof toString', ctx));

// A null-prototype context object has no such names.
const bare = vm.createContext(Object.create(null));
console.log(vm.runInContext('hasOwnProperty', bare) === innerObjectPrototype.hasOwnProperty);
console.log(vm.runInContext('hasOwnProperty', bare) === vm.runInContext('Object.prototype.hasOwnProperty', bare));
