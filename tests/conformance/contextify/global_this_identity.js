// Inside a contextified context, globalThis is not the context object, but
// this at the top level is globalThis.
const vm = require('node:vm');

const ctx = vm.createContext({});
const inner = vm.runInContext('globalThis', ctx);
console.log(inner === ctx);
console.log(vm.runInContext('this === globalThis', ctx));
console.log(vm.runInContext('globalThis.globalThis === globalThis', ctx));
console.log(vm.runInContext('(function () { return this; })() === globalThis', ctx));
console.log(vm.runInContext('globalThis', ctx) === inner);
console.log(vm.runInContext('this', ctx) === inner);

// The inner global forwards property access to the context object.
ctx.viaOuter = 1;
console.log(inner.viaOuter);
inner.viaInner = 2;
console.log(ctx.viaInner);
console.log(typeof inner.Array, 'Array' in ctx);

// The inner global is not itself a context.
console.log(vm.isContext(inner));
