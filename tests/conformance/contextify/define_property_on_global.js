// Object.defineProperty(globalThis, ...) inside a context defines on the
// context object.
const vm = require('node:vm');

const ctx = vm.createContext({});
vm.runInContext('Object.defineProperty(globalThis, "dp", { value: 42, writable: false, enumerable: false, configurable: true })', ctx);
console.log(ctx.dp, JSON.stringify(Object.getOwnPropertyDescriptor(ctx, 'dp')));
console.log(vm.runInContext('dp', ctx));

vm.runInContext('Object.defineProperty(globalThis, "getterProp", { get() { return "from inner getter"; }, enumerable: true, configurable: true })', ctx);
const d = Object.getOwnPropertyDescriptor(ctx, 'getterProp');
console.log(ctx.getterProp, typeof d.get, d.enumerable);

vm.runInContext('Object.defineProperties(globalThis, { p1: { value: 1, enumerable: true }, p2: { value: 2, enumerable: true } })', ctx);
console.log(ctx.p1, ctx.p2);
console.log(Object.keys(ctx));

// Reflect.defineProperty reports success.
console.log(vm.runInContext('Reflect.defineProperty(globalThis, "r", { value: "r", configurable: true })', ctx), ctx.r);
