// contextCodeGeneration on vm.runInNewContext and script.runInNewContext.
const vm = require('node:vm');

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.message);
  }
}
show('runInNewContext strings: false', () =>
  vm.runInNewContext('eval("1")', {}, { contextCodeGeneration: { strings: false } }));
show('runInNewContext strings: false, plain code', () =>
  vm.runInNewContext('2', {}, { contextCodeGeneration: { strings: false } }));
show('runInNewContext wasm: false', () =>
  vm.runInNewContext('eval("3")', {}, { contextCodeGeneration: { wasm: false } }));
show('runInNewContext {}', () =>
  vm.runInNewContext('eval("4")', {}, { contextCodeGeneration: {} }));
const script = new vm.Script('Function("return 5")()');
show('script.runInNewContext strings: false', () =>
  script.runInNewContext({}, { contextCodeGeneration: { strings: false } }));
show('script.runInNewContext strings: true', () =>
  script.runInNewContext({}, { contextCodeGeneration: { strings: true } }));
show('runInNewContext DONT_CONTEXTIFY strings: false', () =>
  vm.runInNewContext('eval("6")', vm.constants.DONT_CONTEXTIFY,
                     { contextCodeGeneration: { strings: false } }));
