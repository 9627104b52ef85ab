// Errors thrown by code running in a context propagate to the caller.
const vm = require('node:vm');

const ctx = vm.createContext({});
const Inner = (name) => vm.runInContext(name, ctx);

function show(code) {
  try {
    vm.runInContext(code, ctx);
    console.log(code, '-> no error');
  } catch (e) {
    console.log(code, '->', e.name, JSON.stringify(e.message),
      'outer Error:', e instanceof Error, 'inner Error:', e instanceof Inner('Error'));
  }
}

show('throw new Error("boom")');
show('throw new TypeError("typed")');
show('throw new RangeError("ranged")');
show('undefinedName');
show('undefinedName = undefinedName + 1');
show('(function f() { throw new Error("in function") })()');

// Caught inside, errors are instances of the inner classes.
console.log(vm.runInContext('try { null.x } catch (e) { e instanceof TypeError }', ctx));
console.log(vm.runInContext('try { nope } catch (e) { e.name + ": " + e.message }', ctx));

// Error objects cross by identity.
const err = vm.runInContext('globalThis.saved = new Error("kept"); saved', ctx);
try {
  vm.runInContext('throw saved', ctx);
} catch (e) {
  console.log(e === err, String(e));
}
