// Argument validation of vm.runInThisContext, script.runInThisContext and vm.isContext.
const vm = require('node:vm');

const check = require('./fixtures/check.js');

const script = new vm.Script('1');
check('runInThisContext("1", 5)', () => vm.runInThisContext('1', 5));
check('runInThisContext("1", null)', () => vm.runInThisContext('1', null));
check('runInThisContext("1", { filename: {} })', () => vm.runInThisContext('1', { filename: {} }));
check('runInThisContext("1", { lineOffset: "0" })', () => vm.runInThisContext('1', { lineOffset: '0' }));
check('script.runInThisContext(5)', () => script.runInThisContext(5));
check('script.runInThisContext("str")', () => script.runInThisContext('str'));
check('script.runInThisContext({ displayErrors: 0 })', () => script.runInThisContext({ displayErrors: 0 }));
check('isContext(1)', () => vm.isContext(1));
check('isContext()', () => vm.isContext());
check('isContext(null)', () => vm.isContext(null));
check('isContext("str")', () => vm.isContext('str'));
check('runInThisContext("1", "file.js")', () => vm.runInThisContext('1', 'file.js'));
