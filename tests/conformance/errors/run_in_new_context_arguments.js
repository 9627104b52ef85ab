// Argument validation of vm.runInNewContext and script.runInNewContext.
const vm = require('node:vm');

const check = require('./fixtures/check.js');

const script = new vm.Script('1');
check('runInNewContext("1", 5)', () => vm.runInNewContext('1', 5));
check('runInNewContext("1", null)', () => vm.runInNewContext('1', null));
check('runInNewContext("1", "str")', () => vm.runInNewContext('1', 'str'));
check('runInNewContext("1", {}, { contextName: 1 })', () => vm.runInNewContext('1', {}, { contextName: 1 }));
check('runInNewContext("1", {}, { contextName: null })', () => vm.runInNewContext('1', {}, { contextName: null }));
check('runInNewContext("1", {}, { contextName: Symbol() })', () => vm.runInNewContext('1', {}, { contextName: Symbol() }));
check('runInNewContext("1", {}, { contextOrigin: 1 })', () => vm.runInNewContext('1', {}, { contextOrigin: 1 }));
check('runInNewContext("1", {}, { contextCodeGeneration: 1 })', () => vm.runInNewContext('1', {}, { contextCodeGeneration: 1 }));
check('runInNewContext("1", {}, { contextCodeGeneration: { wasm: 1 } })', () => vm.runInNewContext('1', {}, { contextCodeGeneration: { wasm: 1 } }));
check('runInNewContext("1", {}, { filename: 2 })', () => vm.runInNewContext('1', {}, { filename: 2 }));
check('script.runInNewContext(5)', () => script.runInNewContext(5));
check('script.runInNewContext(null)', () => script.runInNewContext(null));
check('script.runInNewContext({}, 5)', () => script.runInNewContext({}, 5));
check('script.runInNewContext({}, { contextName: 1 })', () => script.runInNewContext({}, { contextName: 1 }));
check('runInNewContext("1", undefined)', () => vm.runInNewContext('1', undefined));
