// Valid options of the compile and run functions that this round covers.
const vm = require('node:vm');

const ctx = vm.createContext({ n: 1 });
console.log(vm.runInContext('n', ctx, { filename: 'f.js', lineOffset: 10, columnOffset: 2, displayErrors: false }));
console.log(vm.runInContext('n', ctx, {}));
console.log(vm.runInContext('n', ctx, undefined));
console.log(vm.runInNewContext('n', { n: 2 }, { contextName: 'my context', contextOrigin: 'https://example.org' }));
console.log(vm.runInThisContext('typeof Array', { filename: 't.js', lineOffset: -5 }));
const script = new vm.Script('n * 3', { filename: 'opts.js', lineOffset: 0, columnOffset: 0 });
console.log(script.runInContext(ctx, { displayErrors: true }));
console.log(script.runInNewContext({ n: 5 }, { contextName: 'x' }));
console.log(vm.createContext({}, { name: 'named', origin: 'https://example.org' }) !== null);
console.log(vm.createContext({}, {}) !== null, vm.createContext({}, undefined) !== null);
