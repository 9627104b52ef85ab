// A non-configurable property of the context object cannot be deleted.
const vm = require('node:vm');

const ctx = {};
Object.defineProperty(ctx, 'nc', { value: 'stays', writable: true, enumerable: true, configurable: false });
vm.createContext(ctx);

console.log(vm.runInContext('delete nc', ctx));
console.log(vm.runInContext('delete globalThis.nc', ctx));
console.log(ctx.nc);
try {
  vm.runInContext('"use strict"; delete globalThis.nc;', ctx);
  console.log('no error');
} catch (e) {
  console.log(e.name, e instanceof vm.runInContext('TypeError', ctx));
}
console.log(ctx.nc);
