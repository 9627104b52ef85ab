// A new context's global has only what V8 puts in every context: none of
// QuickJS's own globals (InternalError) and none of the host functions the
// main context has (atob, btoa, queueMicrotask, performance).
const vm = require('node:vm');

const context = vm.createContext({});
for (const name of ['InternalError', 'atob', 'btoa', 'queueMicrotask', 'performance']) {
  console.log(name, vm.runInContext(`typeof ${name}`, context),
              vm.runInContext(`Object.getOwnPropertyNames(globalThis).includes('${name}')`, context));
}
console.log('main has atob and btoa:', typeof atob, typeof btoa);
// a sandbox may still define them itself
console.log(vm.runInNewContext('typeof atob', { atob: () => 'x' }));
