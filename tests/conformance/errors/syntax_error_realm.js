// Errors created inside a context are instances of that context's error
// classes, not of the outer ones.
const vm = require('node:vm');

const ctx = vm.createContext({});
const InnerSyntaxError = vm.runInContext('SyntaxError', ctx);
const InnerError = vm.runInContext('Error', ctx);

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, 'outer:', e instanceof SyntaxError, 'inner:', e instanceof InnerSyntaxError, e instanceof InnerError);
  }
}

// new vm.Script compiles in the calling context.
show('new vm.Script', () => new vm.Script('a b'));
// vm.runInContext and vm.runInNewContext compile for the target context.
show('vm.runInContext', () => vm.runInContext('a b', ctx));
show('eval inside', () => vm.runInContext('eval("a b")', ctx));
show('new Function inside', () => vm.runInContext('new Function("a b")', ctx));
show('thrown inside', () => vm.runInContext('throw new SyntaxError("custom")', ctx));
try {
  vm.runInNewContext('a b');
} catch (e) {
  console.log('vm.runInNewContext', e.name, e instanceof SyntaxError, e instanceof Error);
}
// Inside, the error is an instance of the inner class.
console.log(vm.runInContext('try { eval("a b"); } catch (e) { e instanceof SyntaxError }', ctx));
