// let, const and class declarations stay in the context: they are not
// properties of the context object, but persist between runs.
const vm = require('node:vm');

const ctx = vm.createContext({});
vm.runInContext('let l = 1; const k = 2; class C { static tag = "C"; }', ctx);
console.log(Object.keys(ctx));
console.log('l' in ctx, 'k' in ctx, 'C' in ctx);
console.log(vm.runInContext('l + k', ctx));
console.log(vm.runInContext('C.tag', ctx));
console.log(vm.runInContext('typeof globalThis.l, typeof globalThis.C', ctx));
vm.runInContext('l = 10', ctx);
console.log(vm.runInContext('l', ctx));

// The lexical binding shadows a context object property of the same name.
ctx.l = 'property';
console.log(vm.runInContext('l', ctx), vm.runInContext('globalThis.l', ctx));

// Redeclaring it in a later run is a SyntaxError of the context.
try {
  vm.runInContext('let l = 3;', ctx);
} catch (e) {
  console.log(e.name, e instanceof vm.runInContext('SyntaxError', ctx));
}

// Other contexts do not see it.
console.log(vm.runInNewContext('typeof l'));
