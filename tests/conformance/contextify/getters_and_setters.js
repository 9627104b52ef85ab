// Getters and setters of the context object run when the script reads and
// writes the global.
const vm = require('node:vm');

const log = [];
let store = 10;
const ctx = vm.createContext({
  get value() { log.push('get'); return store; },
  set value(v) { log.push('set ' + v); store = v; },
});

console.log(vm.runInContext('value', ctx));
vm.runInContext('value = 5', ctx);
console.log(store);
vm.runInContext('globalThis.value = 6', ctx);
console.log(store);
console.log(vm.runInContext('value + 1', ctx));
console.log(log.join(', '));

// `this` inside an accessor called for a global read or write is the
// context's globalThis, not the context object.
const self = vm.createContext({ get me() { return this; }, set w(v) { this.wrote = v; } });
const inner = vm.runInContext('globalThis', self);
console.log(vm.runInContext('me', self) === inner, vm.runInContext('me', self) === self);
console.log(self.me === self);
vm.runInContext('w = 5', self);
console.log(self.wrote, Object.keys(self));
