// Whose rule applies when code of one context calls the eval or Function of
// another: the realm of the function called (for a direct eval, the
// caller's).
const vm = require('node:vm');

const A = vm.createContext({}, { codeGeneration: { strings: false } });
const B = vm.createContext({});
A.bEval = vm.runInContext('eval', B);
A.bFunction = vm.runInContext('Function', B);
B.aEval = vm.runInContext('eval', A);
B.aFunction = vm.runInContext('Function', A);
const AEvalError = vm.runInContext('EvalError', A);

function show(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.message, e instanceof AEvalError);
  }
}
show('A calls B eval', () => vm.runInContext('bEval("6")', A));
show('A calls B Function', () => vm.runInContext('bFunction("return 7")()', A));
show('B calls A eval', () => vm.runInContext('aEval("8")', B));
show('B calls A Function', () => vm.runInContext('aFunction("return 9")()', B));
show('host calls A eval', () => vm.runInContext('eval', A)('10'));
show('host calls A Function', () => vm.runInContext('Function', A)('return 11')());
show('host calls B eval', () => vm.runInContext('eval', B)('12'));
