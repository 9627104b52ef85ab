// Plain assignment, this.x =, globalThis.x = all land on the context object,
// and outside changes are seen inside.
const vm = require('node:vm');

const ctx = vm.createContext({ existing: 1 });
vm.runInContext('existing = 2; plain = "p"; this.viaThis = "t"; globalThis.viaGlobalThis = "g";', ctx);
console.log(ctx);

ctx.fromOutside = 'outside';
ctx.existing = 3;
console.log(vm.runInContext('[fromOutside, existing, plain, viaThis, viaGlobalThis].join()', ctx));

// Compound assignment and update expressions read and write the context object.
vm.runInContext('existing += 10; existing++;', ctx);
console.log(ctx.existing);

// An assignment that shadows a built-in puts the value on the context object.
vm.runInContext('JSON = "replaced"', ctx);
console.log(ctx.JSON, vm.runInContext('JSON', ctx));
