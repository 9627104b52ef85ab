// The code argument is converted to a string.
const vm = require('node:vm');

console.log(new vm.Script(1).runInThisContext());
console.log(vm.runInThisContext(40 + 2));
console.log(vm.runInThisContext(null));
console.log(vm.runInThisContext(true));
console.log(vm.runInThisContext());
console.log(vm.runInNewContext({ toString() { return '"from toString"'; } }));
console.log(vm.runInContext(['[1', '2]'], vm.createContext()));
try {
  new vm.Script({});
} catch (e) {
  console.log(e.name, e instanceof SyntaxError);
}
