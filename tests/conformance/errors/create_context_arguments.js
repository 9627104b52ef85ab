// Argument validation of vm.createContext(contextObject, options).
const vm = require('node:vm');

const check = require('./fixtures/check.js');

check('contextObject = 1', () => vm.createContext(1));
check('contextObject = "str"', () => vm.createContext('str'));
check('contextObject = null', () => vm.createContext(null));
check('contextObject = true', () => vm.createContext(true));
check('contextObject = Symbol("s")', () => vm.createContext(Symbol('s')));
check('contextObject = function', () => vm.createContext(function named() {}));
check('options = 5', () => vm.createContext({}, 5));
check('options = null', () => vm.createContext({}, null));
check('options = "str"', () => vm.createContext({}, 'str'));
check('options.name = 1', () => vm.createContext({}, { name: 1 }));
check('options.origin = 1', () => vm.createContext({}, { origin: 1 }));
check('options.codeGeneration = 1', () => vm.createContext({}, { codeGeneration: 1 }));
check('options.codeGeneration.strings = 1', () => vm.createContext({}, { codeGeneration: { strings: 1 } }));
check('options.codeGeneration.wasm = "no"', () => vm.createContext({}, { codeGeneration: { wasm: 'no' } }));
check('options.microtaskMode = "x"', () => vm.createContext({}, { microtaskMode: 'x' }));
check('contextObject = []', () => vm.createContext([]));
check('contextObject = undefined', () => vm.createContext(undefined));
