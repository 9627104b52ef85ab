// codeGeneration: { strings: false }: eval (direct, indirect, strict, any
// argument) and the Function constructors of the context throw the
// context's EvalError.
const vm = require('node:vm');

const ctx = vm.createContext({}, { codeGeneration: { strings: false } });
const ContextEvalError = vm.runInContext('EvalError', ctx);
const cases = [
  'eval("1 + 1")',
  '(0, eval)("1 + 1")',
  '"use strict"; eval("1")',
  '(function () { return eval("1") })()',
  'eval(12)',
  'eval({})',
  'eval()',
  'new Function("return 1")',
  'Function("return 1")',
  'Function()',
  'Reflect.construct(Function, ["return 1"])',
  'class F extends Function {}; new F("return 1")',
  'Function.bind(null, "return 1")()',
  '(function* () {}).constructor("yield 1")',
  '(async function () {}).constructor("return 1")',
  '(async function* () {}).constructor("yield 1")',
];
for (const code of cases) {
  try {
    console.log(code, '->', vm.runInContext(code, ctx));
  } catch (e) {
    console.log(code, '->', e.name, e.message, e instanceof ContextEvalError, e instanceof EvalError);
  }
}
console.log(vm.runInContext('try { eval("1") } catch (e) { e instanceof EvalError }', ctx));
console.log(vm.runInContext('typeof eval', ctx));
