// Argument validation of vm.runInContext and script.runInContext.
const vm = require('node:vm');

const check = require('./fixtures/check.js');

const ctx = vm.createContext();
const script = new vm.Script('1');
check('runInContext("1", {})', () => vm.runInContext('1', {}));
check('runInContext("1", 1)', () => vm.runInContext('1', 1));
check('runInContext("1", null)', () => vm.runInContext('1', null));
check('runInContext("1")', () => vm.runInContext('1'));
check('runInContext("1", ctx, { filename: 1 })', () => vm.runInContext('1', ctx, { filename: 1 }));
check('runInContext("1", ctx, { displayErrors: "yes" })', () => vm.runInContext('1', ctx, { displayErrors: 'yes' }));
check('runInContext("1", globalThis)', () => vm.runInContext('1', globalThis));
check('script.runInContext(null)', () => script.runInContext(null));
check('script.runInContext()', () => script.runInContext());
check('script.runInContext({})', () => script.runInContext({}));
check('script.runInContext("str")', () => script.runInContext('str'));
check('script.runInContext(ctx, 5)', () => script.runInContext(ctx, 5));
check('script.runInContext(ctx, null)', () => script.runInContext(ctx, null));
check('script.runInContext(ctx, { displayErrors: 1 })', () => script.runInContext(ctx, { displayErrors: 1 }));
check('script.runInContext(ctx, { breakOnSigint: 1 })', () => script.runInContext(ctx, { breakOnSigint: 1 }));
check('script.runInContext(ctx)', () => script.runInContext(ctx));
// vm.runInContext and vm.runInNewContext ignore options of other types than
// object and string (unlike new vm.Script and script.runInContext).
check('runInContext("1", ctx, 5)', () => vm.runInContext('1', ctx, 5));
check('runInNewContext("1", {}, 5)', () => vm.runInNewContext('1', {}, 5));
