// delete inside a context acts on the context object; a built-in that the
// context object does not have is deleted from the context's global.
const vm = require('node:vm');

const proto = { inherited: 'inherited' };
const ctx = Object.create(proto);
ctx.own = 1;
ctx.viaVar = 0;
vm.createContext(ctx);

console.log(vm.runInContext('delete own', ctx), 'own' in ctx);
console.log(vm.runInContext('typeof own', ctx));
console.log(vm.runInContext('delete globalThis.viaVar', ctx), 'viaVar' in ctx);

// Deleting an inherited name does not touch the prototype.
console.log(vm.runInContext('delete inherited', ctx), proto.inherited, vm.runInContext('inherited', ctx));

// Deleting a missing name succeeds.
console.log(vm.runInContext('delete nothingHere', ctx));

// Deleting a built-in removes it from the context.
console.log(vm.runInContext('delete Array', ctx));
console.log(vm.runInContext('typeof Array', ctx));
console.log(vm.runInContext('typeof [].map', ctx));

// Outer deletes are seen inside.
ctx.temp = 'temp';
console.log(vm.runInContext('typeof temp', ctx));
delete ctx.temp;
console.log(vm.runInContext('typeof temp', ctx));
