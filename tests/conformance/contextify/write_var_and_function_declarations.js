// var and function declarations land on the context object.
const vm = require('node:vm');

const ctx = vm.createContext({ keep: 'kept' });
vm.runInContext('var v = 1; function f() { return "f called"; } var fe = function () { return v; };', ctx);
console.log(Object.keys(ctx));
console.log(ctx.v, typeof ctx.f, ctx.f(), ctx.fe());

// The context object's values are the variables: changes flow both ways.
ctx.v = 42;
console.log(vm.runInContext('v', ctx), ctx.fe());
vm.runInContext('v = 7', ctx);
console.log(ctx.v);

// A var declaration without initializer keeps an existing value.
ctx.already = 'here';
vm.runInContext('var already;', ctx);
console.log(ctx.already);

// Declaring a var named like a context object property reuses it.
vm.runInContext('var keep = "redeclared";', ctx);
console.log(ctx.keep);

// Descriptor of a var-declared property on the context object.
const d = Object.getOwnPropertyDescriptor(ctx, 'v');
console.log(d.value, d.writable, d.enumerable);
