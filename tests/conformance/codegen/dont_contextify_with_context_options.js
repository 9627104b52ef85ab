// A DONT_CONTEXTIFY context takes microtaskMode and codeGeneration too; its
// eval and Function, reached from the host through the global, refuse.
const vm = require('node:vm');

const g = vm.createContext(vm.constants.DONT_CONTEXTIFY,
                           { microtaskMode: 'afterEvaluate', codeGeneration: { strings: false } });
console.log(vm.runInContext('Promise.resolve().then(() => { globalThis.x = 1 }); typeof x', g), g.x);
for (const f of [() => vm.runInContext('eval("1")', g), () => g.eval('1'), () => new g.Function('1')]) {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.message, e instanceof g.EvalError);
  }
}
