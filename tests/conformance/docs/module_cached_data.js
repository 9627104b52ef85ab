// node-flags: --experimental-vm-modules --no-warnings
// jsvm-flags: --experimental-vm-modules --no-warnings
// Docs, "sourceTextModule.createCachedData()".
const vm = require('node:vm');
// A block: `module` is a parameter of a CommonJS module's wrapper.
{

// Create an initial module
const module = new vm.SourceTextModule('const a = 1;');

// Create cached data from this module
const cachedData = module.createCachedData();
console.log(Buffer.isBuffer(cachedData), cachedData.length > 0);

// Create a new module using the cached data. The code must be the same.
const module2 = new vm.SourceTextModule('const a = 1;', { cachedData });
console.log(module2.status);

// Data made for other code is rejected.
try {
  new vm.SourceTextModule('const bb = 2;', { cachedData });
} catch (e) {
  console.log(e.code, e.message);
}
}
