// codeGeneration: { strings: false } leaves the host, other contexts,
// scripts run in the context and built-ins that parse (JSON, RegExp) alone;
// codeGeneration: { strings: true } and wasm: false allow eval.
const vm = require('node:vm');

const ctx = vm.createContext({}, { codeGeneration: { strings: false } });
console.log(vm.runInContext('1 + 2', ctx));
console.log(new vm.Script('"script " + 3').runInContext(ctx));
console.log(vm.runInContext('JSON.parse("[4]")[0] + new RegExp("a+").exec("baa")[0]', ctx));
console.log(eval('"host eval"'), new Function('return "host Function"')());
console.log(vm.runInNewContext('eval("\'other context\'")'));
const allowed = vm.createContext({}, { codeGeneration: { strings: true, wasm: false } });
console.log(vm.runInContext('eval("\'strings: true, wasm: false\'")', allowed));
const defaults = vm.createContext({}, { codeGeneration: {} });
console.log(vm.runInContext('new Function("return \'codeGeneration: {}\'")()', defaults));
