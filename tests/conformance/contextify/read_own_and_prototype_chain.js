// Reads of globals inside a context check the context object, including its
// prototype chain, before the context's built-ins.
const vm = require('node:vm');

const proto = { inherited: 'from proto', shared: 'proto value' };
const ctx = Object.create(proto);
ctx.own = 'own value';
ctx.shared = 'own shadows proto';
vm.createContext(ctx);

console.log(vm.runInContext('own', ctx));
console.log(vm.runInContext('inherited', ctx));
console.log(vm.runInContext('shared', ctx));
console.log(vm.runInContext('globalThis.inherited', ctx));
console.log(vm.runInContext('this.own', ctx));
console.log(vm.runInContext('typeof JSON.stringify', ctx));

// Changes to the prototype are seen by later reads.
proto.later = 'added later';
console.log(vm.runInContext('later', ctx));
