// Names inherited through the context object's prototype can be read but are
// not reported by the in operator on the global.
const vm = require('node:vm');

const ctx = vm.createContext(Object.create({ inherited: 'yes' }));
console.log(vm.runInContext('inherited', ctx));
console.log(vm.runInContext('"inherited" in globalThis', ctx));
console.log(vm.runInContext('globalThis.hasOwnProperty("inherited")', ctx));
console.log('inherited' in ctx);
