// vm.createContext returns the object it was given, and contextifying twice is
// harmless.
const vm = require('node:vm');

const o = { a: 1 };
console.log(vm.createContext(o) === o);
vm.runInContext('var b = 2', o);
console.log(vm.createContext(o) === o);
console.log(vm.runInContext('a + b', o));
console.log(o);

const fresh = vm.createContext();
console.log(fresh, Object.getPrototypeOf(fresh) === Object.prototype);
console.log(vm.createContext(undefined) !== fresh);

// A context object can be an array or any object.
console.log(Array.isArray(vm.createContext([])));
class Holder { constructor() { this.kind = 'holder'; } }
const h = vm.createContext(new Holder());
console.log(vm.runInContext('kind', h), h instanceof Holder);
