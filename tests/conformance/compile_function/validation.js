// Argument validation of vm.compileFunction, as Node 26 does it.
const vm = require('node:vm');

function check(label, f) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

check('code number', () => vm.compileFunction(1));
check('code object', () => vm.compileFunction({}));
check('code first', () => vm.compileFunction(1, 'x', null));
check('options before params', () => vm.compileFunction('', 'x', null));
check('params object', () => vm.compileFunction('', {}));
check('params string', () => vm.compileFunction('', 'a'));
check('params null', () => vm.compileFunction('', null));
check('params [1]', () => vm.compileFunction('', ['a', 1]));
check('params hole', () => vm.compileFunction('', [,]));
check('options string', () => vm.compileFunction('', [], 'x'));
check('options null', () => vm.compileFunction('', [], null));
check('options array', () => vm.compileFunction('', [], []));
check('filename', () => vm.compileFunction('', [], { filename: 1 }));
check('lineOffset', () => vm.compileFunction('', [], { lineOffset: 1.5 }));
check('lineOffset string', () => vm.compileFunction('', [], { lineOffset: '1' }));
check('columnOffset', () => vm.compileFunction('', [], { columnOffset: 'x' }));
check('columnOffset big', () => vm.compileFunction('', [], { columnOffset: 2 ** 31 }));
check('cachedData', () => vm.compileFunction('', [], { cachedData: 'x' }));
check('produceCachedData', () => vm.compileFunction('', [], { produceCachedData: 1 }));
check('parsingContext object', () => vm.compileFunction('', [], { parsingContext: {} }));
check('parsingContext number', () => vm.compileFunction('', [], { parsingContext: 1 }));
check('parsingContext null', () => vm.compileFunction('', [], { parsingContext: null }));
check('contextExtensions object', () => vm.compileFunction('', [], { contextExtensions: {} }));
check('contextExtensions [1]', () => vm.compileFunction('', [], { contextExtensions: [{}, 1] }));
check('contextExtensions [fn]', () => vm.compileFunction('', [], { contextExtensions: [() => {}] }));
check('importModuleDynamically', () => vm.compileFunction('', [], { importModuleDynamically: 1 }));
check('importModuleDynamically fn', () => vm.compileFunction('', [], { importModuleDynamically() {} }));
check('importModuleDynamically constant', () => vm.compileFunction('', [], {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}));
check('all valid', () => vm.compileFunction('', ['a'], {
  filename: 'f.js', lineOffset: -1, columnOffset: 3, produceCachedData: false,
  parsingContext: vm.createContext(), contextExtensions: [],
}));
