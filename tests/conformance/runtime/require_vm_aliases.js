// require('vm') and require('node:vm') are the same module.
const vm1 = require('vm');
const vm2 = require('node:vm');
console.log(vm1 === vm2);
console.log(typeof vm1.Script, typeof vm1.createContext, typeof vm1.runInContext);
console.log(typeof vm1.runInNewContext, typeof vm1.runInThisContext, typeof vm1.isContext, typeof vm1.createScript);
console.log(String(vm1.constants.DONT_CONTEXTIFY));
console.log(typeof vm1.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER);
