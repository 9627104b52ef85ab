// The shape of vm.Script and its instances.
const vm = require('node:vm');

console.log(typeof vm.Script, vm.Script.name);
const script = new vm.Script('1 + 1');
console.log(script instanceof vm.Script);
console.log(typeof script.runInThisContext, typeof script.runInContext, typeof script.runInNewContext);
console.log(script.runInThisContext());
// One script runs many times, in any context.
console.log(script.runInNewContext(), script.runInContext(vm.createContext()), script.runInThisContext());
try {
  vm.Script('1');
} catch (e) {
  console.log(e.name, e instanceof TypeError);
}
