// A contextified global cannot be frozen, sealed or made non-extensible.
const vm = require('node:vm');

const ctx = vm.createContext({ a: 1 });
for (const code of [
  'Object.freeze(globalThis)',
  'Object.seal(globalThis)',
  'Object.preventExtensions(globalThis)',
  'Object.freeze(this)',
]) {
  try {
    vm.runInContext(code, ctx);
    console.log(code, '-> no error');
  } catch (e) {
    console.log(code, '->', `${e.name}: ${e.message}`, e instanceof TypeError, e instanceof vm.runInContext('TypeError', ctx));
  }
}
console.log(vm.runInContext('Reflect.preventExtensions(globalThis)', ctx));
console.log(vm.runInContext('Object.isFrozen(globalThis)', ctx));
console.log(vm.runInContext('Object.isExtensible(globalThis)', ctx));
console.log(Object.isFrozen(ctx), Object.isExtensible(ctx));

// New globals can still be created afterwards.
vm.runInContext('b = 2', ctx);
console.log(ctx);
