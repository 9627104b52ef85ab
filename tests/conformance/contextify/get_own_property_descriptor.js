// Object.getOwnPropertyDescriptor(globalThis, k) reflects the context object.
const vm = require('node:vm');

const ctx = { plain: 1 };
Object.defineProperty(ctx, 'ro', { value: 'fixed', writable: false, enumerable: true, configurable: true });
Object.defineProperty(ctx, 'hidden', { value: 'h', writable: true, enumerable: false, configurable: false });
Object.defineProperty(ctx, 'acc', { get() { return 'got'; }, set(v) {}, enumerable: true, configurable: true });
vm.createContext(ctx);

const show = (k) => vm.runInContext(`JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, ${JSON.stringify(k)}))`, ctx);
console.log(show('plain'));
console.log(show('ro'));
console.log(show('hidden'));
console.log(vm.runInContext('(() => { const d = Object.getOwnPropertyDescriptor(globalThis, "acc"); return [typeof d.get, typeof d.set, d.enumerable, d.configurable, "value" in d].join(); })()', ctx));
console.log(show('missing'));
console.log(vm.runInContext('globalThis.hasOwnProperty("plain")', ctx));
console.log(vm.runInContext('Object.prototype.hasOwnProperty.call(globalThis, "missing")', ctx));
console.log(vm.runInContext('Object.hasOwn(globalThis, "ro")', ctx));
