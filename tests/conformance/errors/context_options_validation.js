// Validation of every context option of vm.createContext (name, origin,
// codeGeneration, microtaskMode, importModuleDynamically) and of
// vm.runInNewContext / script.runInNewContext (contextName, contextOrigin,
// contextCodeGeneration, microtaskMode).
const vm = require('node:vm');

const check = require('./fixtures/check.js');

const bad = [1, null, true, 'str', [], {}, Symbol('s'), 10n, () => {}];
const show = (v) => (typeof v === 'symbol' ? v.toString() : typeof v === 'bigint' ? `${v}n` :
  typeof v === 'function' ? 'function' : JSON.stringify(v));

for (const key of ['name', 'origin', 'microtaskMode', 'importModuleDynamically']) {
  for (const v of bad) {
    check(`createContext options.${key} = ${show(v)}`, () => vm.createContext({}, { [key]: v }));
  }
}
for (const v of bad) {
  check(`createContext options.codeGeneration = ${show(v)}`,
        () => vm.createContext({}, { codeGeneration: v }));
}
for (const key of ['strings', 'wasm']) {
  for (const v of [1, null, 'true', {}, undefined]) {
    check(`createContext options.codeGeneration.${key} = ${show(v)}`,
          () => vm.createContext({}, { codeGeneration: { [key]: v } }));
  }
}
check('createContext microtaskMode = "bogus"', () => vm.createContext({}, { microtaskMode: 'bogus' }));
check('createContext microtaskMode = "AFTEREVALUATE"',
      () => vm.createContext({}, { microtaskMode: 'AFTEREVALUATE' }));
check('createContext microtaskMode = long string',
      () => vm.createContext({}, { microtaskMode: 'x'.repeat(200) }));
check('createContext name = ""', () => vm.createContext({}, { name: '' }));
check('createContext DONT_CONTEXTIFY name = 1',
      () => vm.createContext(vm.constants.DONT_CONTEXTIFY, { name: 1 }));
check('createContext of a context ignores options',
      () => vm.createContext(vm.createContext(), { name: 1 }));
check('createContext options = []', () => vm.createContext({}, []));

for (const key of ['contextName', 'contextOrigin', 'microtaskMode']) {
  for (const v of bad) {
    check(`runInNewContext options.${key} = ${show(v)}`,
          () => vm.runInNewContext('1', {}, { [key]: v }));
  }
}
for (const v of bad) {
  check(`runInNewContext options.contextCodeGeneration = ${show(v)}`,
        () => vm.runInNewContext('1', {}, { contextCodeGeneration: v }));
}
for (const key of ['strings', 'wasm']) {
  for (const v of [1, null, 'true', {}]) {
    check(`runInNewContext options.contextCodeGeneration.${key} = ${show(v)}`,
          () => vm.runInNewContext('1', {}, { contextCodeGeneration: { [key]: v } }));
  }
}
check('runInNewContext microtaskMode = "bogus"',
      () => vm.runInNewContext('1', {}, { microtaskMode: 'bogus' }));
check('runInNewContext options = "file.js"', () => vm.runInNewContext('1', {}, 'file.js'));
check('runInNewContext importModuleDynamically = 1',
      () => vm.runInNewContext('1', {}, { importModuleDynamically: 1 }));

const script = new vm.Script('1');
check('script.runInNewContext contextName = 1', () => script.runInNewContext({}, { contextName: 1 }));
check('script.runInNewContext contextOrigin = null',
      () => script.runInNewContext({}, { contextOrigin: null }));
check('script.runInNewContext contextCodeGeneration = 1',
      () => script.runInNewContext({}, { contextCodeGeneration: 1 }));
check('script.runInNewContext contextCodeGeneration.strings = 1',
      () => script.runInNewContext({}, { contextCodeGeneration: { strings: 1 } }));
check('script.runInNewContext microtaskMode = 1',
      () => script.runInNewContext({}, { microtaskMode: 1 }));
check('script.runInNewContext microtaskMode = "bogus"',
      () => script.runInNewContext({}, { microtaskMode: 'bogus' }));
check('script.runInNewContext options = "str"', () => script.runInNewContext({}, 'str'));
