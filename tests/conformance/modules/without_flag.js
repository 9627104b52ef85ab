// Without --experimental-vm-modules (Node 26): node:vm has no Module,
// SourceTextModule or SyntheticModule, and an importModuleDynamically
// callback is never called: the import() rejects with
// ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG. USE_MAIN_CONTEXT_DEFAULT_LOADER
// still loads (its warning is left out: --no-warnings).
// node-flags: --no-warnings
// jsvm-flags: --no-warnings
const vm = require('vm');

console.log(Object.keys(vm));
console.log('Module' in vm, 'SourceTextModule' in vm, 'SyntheticModule' in vm, vm.SourceTextModule);

const report = (label) => [
  (v) => console.log(label, 'resolved', Object.keys(v)),
  (e) => console.log(label, 'rejected', e.name, e.code, e.message, e instanceof TypeError),
];

let called = 0;
const callback = () => { called++; return {}; };
const script = new vm.Script('import("node:path")', { importModuleDynamically: callback });
script.runInThisContext().then(...report('script'));
const fn = vm.compileFunction('return import("x")', [], { importModuleDynamically: callback });
fn().then(...report('compileFunction'));
vm.runInNewContext('import("y")', {}, { importModuleDynamically: callback })
  .then(...report('runInNewContext'));
const fromDefault = new vm.Script('import("node:path")', {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
fromDefault.runInThisContext().then((ns) => console.log('default loader', typeof ns.join));
// The runtime's own loader (built on vm modules) works without the flag.
import('./fixtures/test.mjs').then((ns) => console.log('import() of a file', Object.keys(ns)),
                                          (e) => console.log('import() failed', e.message));
setTimeout(() => console.log('callback called', called), 1);
