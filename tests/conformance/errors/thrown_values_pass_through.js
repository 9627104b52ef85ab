// Any thrown value passes through the vm functions unchanged.
const vm = require('node:vm');

const marker = { marker: true };
const ctx = vm.createContext({ marker, outerThrow() { throw new RangeError('outer'); } });

for (const code of ['throw "a string"', 'throw 42', 'throw null', 'throw undefined', 'throw marker', 'throw { a: 1 }']) {
  try {
    vm.runInContext(code, ctx);
  } catch (e) {
    console.log(code, '->', typeof e, e === marker ? 'same marker' : e);
  }
}

// An error thrown by an outer function called from inside is the outer error.
try {
  vm.runInContext('outerThrow()', ctx);
} catch (e) {
  console.log(e.name, e.message, e instanceof RangeError);
}

// Inside, the outer error can be caught.
console.log(vm.runInContext('try { outerThrow() } catch (e) { e.message }', ctx));

// runInThisContext: errors are of the main context.
try {
  vm.runInThisContext('null.x');
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
