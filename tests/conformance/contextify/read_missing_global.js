// A name found neither on the context object nor among the built-ins.
const vm = require('node:vm');

const ctx = vm.createContext({ present: 1 });
console.log(vm.runInContext('typeof missing', ctx));
console.log(vm.runInContext('globalThis.missing', ctx));
try {
  vm.runInContext('missing', ctx);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
// A property set to undefined exists.
ctx.undef = undefined;
console.log(vm.runInContext('undef', ctx));
console.log(vm.runInContext('"undef" in globalThis', ctx));
