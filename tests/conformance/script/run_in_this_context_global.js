// runInThisContext sees the real global object, but not the local scope.
const vm = require('node:vm');

const local = 'local';
globalThis.outerGlobal = 'outer global';

console.log(vm.runInThisContext('outerGlobal'));
console.log(vm.runInThisContext('typeof local'));
console.log(vm.runInThisContext('typeof require'));
console.log(vm.runInThisContext('typeof module'));

vm.runInThisContext('globalThis.foo = "set by script"; var declared = "var"; assigned = "assigned"; let lexical = "let";');
console.log(globalThis.foo, foo);
console.log(globalThis.declared, globalThis.assigned);
console.log(typeof globalThis.lexical);
console.log(vm.runInThisContext('lexical'));

console.log(vm.runInThisContext('globalThis') === globalThis);
console.log(vm.runInThisContext('Array') === Array);
console.log(vm.runInThisContext('this') === globalThis);
console.log(vm.runInThisContext('[1, 2]') instanceof Array);

const script = new vm.Script('typeof process');
console.log(script.runInThisContext());
