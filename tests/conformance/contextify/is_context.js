// vm.isContext.
const vm = require('node:vm');

const o = {};
console.log(vm.isContext(o));
vm.createContext(o);
console.log(vm.isContext(o));
console.log(vm.isContext(vm.createContext()));
console.log(vm.isContext(vm.createContext(vm.constants.DONT_CONTEXTIFY)));
console.log(vm.isContext([]));
console.log(vm.isContext(globalThis));
console.log(vm.isContext(vm.runInNewContext('globalThis')));
console.log(vm.isContext(vm.runInNewContext('globalThis', vm.constants.DONT_CONTEXTIFY)));
console.log(vm.isContext(vm.runInNewContext('({})')));
console.log(vm.isContext(Object.create(o)));
