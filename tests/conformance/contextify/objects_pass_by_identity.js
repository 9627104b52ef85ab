// Objects cross context boundaries by identity, not by copy.
const vm = require('node:vm');

const shared = { n: 1 };
const ctx = vm.createContext({ shared });
const back = vm.runInContext('shared.n++; shared', ctx);
console.log(back === shared, shared.n);

const made = vm.runInContext('globalThis.made = { tag: "inner" }; made', ctx);
console.log(made === ctx.made, made.tag);
made.tag = 'changed outside';
console.log(vm.runInContext('made.tag', ctx));

// Functions too; they keep running in their own context.
function outerFn() { return typeof require; }
ctx.outerFn = outerFn;
console.log(vm.runInContext('outerFn()', ctx));
const innerFn = vm.runInContext('(function innerFn() { return typeof require; })', ctx);
console.log(innerFn(), innerFn.name);

// The same object can be seen from two contexts.
const c1 = vm.createContext({ shared });
const c2 = vm.createContext({ shared });
console.log(vm.runInContext('shared', c1) === vm.runInContext('shared', c2));
