// Each context has its own built-ins.
const vm = require('node:vm');

console.log(vm.runInNewContext('Array') !== Array);
console.log(vm.runInNewContext('Object') !== Object);
console.log(vm.runInNewContext('Array') !== vm.runInNewContext('Array'));

const arr = vm.runInNewContext('[1, 2, 3]');
console.log(arr instanceof Array, Array.isArray(arr));
console.log(arr);

const ctx = vm.createContext({});
const InnerArray = vm.runInContext('Array', ctx);
console.log(arr instanceof InnerArray);
const arr2 = vm.runInContext('[4, 5]', ctx);
console.log(arr2 instanceof InnerArray, arr2 instanceof Array);
console.log(vm.runInContext('Array', ctx) === InnerArray);

const obj = vm.runInNewContext('({ a: 1 })');
console.log(obj instanceof Object, Object.getPrototypeOf(obj) === Object.prototype);
console.log(obj);

// Outer values seen from inside are instances of the outer built-ins.
const c2 = vm.createContext({ outerArr: [1] });
console.log(vm.runInContext('outerArr instanceof Array', c2));
console.log(vm.runInContext('Array.isArray(outerArr)', c2));

// Changes to a context's prototypes stay in that context.
vm.runInContext('Array.prototype.extra = "inner only"', ctx);
console.log(vm.runInContext('[].extra', ctx), [].extra);
