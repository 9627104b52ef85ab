// parsingContext: the function is compiled in that context and belongs to
// it; its globals are the context's.
const vm = require('node:vm');

const sandbox = { who: 'sandbox' };
const ctx = vm.createContext(sandbox);
const f = vm.compileFunction('fresh = who; return [this === globalThis, typeof console.log]', [],
  { parsingContext: ctx });
console.log(f(), sandbox.fresh, typeof globalThis.fresh);
console.log(f instanceof Function, Object.getPrototypeOf(f) === vm.runInContext('Function.prototype', ctx));
console.log(vm.compileFunction('return [] instanceof Array', [], { parsingContext: ctx })());
const arr = vm.compileFunction('return []', [], { parsingContext: ctx })();
console.log(arr instanceof Array, Array.isArray(arr));

// With extensions in a context.
const g = vm.compileFunction('return [who, x]', [],
  { parsingContext: ctx, contextExtensions: [{ x: 1, who: 'extension' }] });
console.log(g());

// Syntax errors are the context's.
try {
  vm.compileFunction('a b', [], { parsingContext: ctx });
} catch (e) {
  console.log(e.name, e instanceof SyntaxError, e instanceof vm.runInContext('SyntaxError', ctx));
}

// Errors thrown by the function come from the context.
try {
  vm.compileFunction('null.x', [], { parsingContext: ctx })();
} catch (e) {
  console.log(e.name, e instanceof TypeError, e instanceof vm.runInContext('TypeError', ctx));
}
