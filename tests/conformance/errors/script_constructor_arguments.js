// Argument validation of new vm.Script(code, options).
const vm = require('node:vm');

const check = require('./fixtures/check.js');

check('options = 5', () => new vm.Script('x', 5));
check('options = null', () => new vm.Script('x', null));
check('options = true', () => new vm.Script('x', true));
check('options.filename = 1', () => new vm.Script('x', { filename: 1 }));
check('options.filename = null', () => new vm.Script('x', { filename: null }));
check('options.filename = {}', () => new vm.Script('x', { filename: {} }));
check('options.lineOffset = "a"', () => new vm.Script('x', { lineOffset: 'a' }));
check('options.lineOffset = 1.5', () => new vm.Script('x', { lineOffset: 1.5 }));
check('options.lineOffset = 2 ** 40', () => new vm.Script('x', { lineOffset: 2 ** 40 }));
check('options.columnOffset = "a"', () => new vm.Script('x', { columnOffset: 'a' }));
check('options.columnOffset = NaN', () => new vm.Script('x', { columnOffset: NaN }));
check('options.produceCachedData = 1', () => new vm.Script('x', { produceCachedData: 1 }));
check('options.importModuleDynamically = 1', () => new vm.Script('x', { importModuleDynamically: 1 }));
check('options.lineOffset = -1', () => new vm.Script('x', { lineOffset: -1 }));
check('options.displayErrors = 1', () => new vm.Script('x', { displayErrors: 1 }));
check('options = undefined', () => new vm.Script('x', undefined));
