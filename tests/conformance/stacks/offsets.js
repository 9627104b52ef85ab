// filename, lineOffset and columnOffset show in stack frames: the column
// offset shifts only the first line of the script, as in V8. The same holds
// for every way of running code, and first-line columns are 1-based.
const vm = require('node:vm');

const code = 'function f() { throw new Error("e"); }  f();\n  f();';
const frames = (e) => e.stack.split('\n').filter((l) => l.startsWith('    at ') && l.includes('off.js'));
function run(label, fn) {
  try {
    fn();
  } catch (e) {
    console.log(label, frames(e).map((l) => l.trim()).join(' | '));
  }
}
const options = { filename: 'off.js', lineOffset: 10, columnOffset: 20 };
run('Script', () => new vm.Script(code, options).runInThisContext());
run('Script first line only', () => new vm.Script('\n' + code, options).runInThisContext());
run('runInThisContext', () => vm.runInThisContext(code, options));
run('runInContext', () => vm.runInContext(code, vm.createContext(), options));
run('runInNewContext', () => vm.runInNewContext(code, {}, options));
run('Script.runInNewContext', () => new vm.Script(code, options).runInNewContext());
run('no offsets', () => vm.runInThisContext(code, 'off.js'));
run('line offset only', () => vm.runInThisContext(code, { filename: 'off.js', lineOffset: 3 }));
run('column offset only', () => vm.runInThisContext(code, { filename: 'off.js', columnOffset: 3 }));
run('functions keep offsets', () => {
  const g = vm.runInThisContext('(function g() {\n  null.p; })', options);
  g();
});
// The default filename.
try {
  vm.runInThisContext('\n  undefined.q');
} catch (e) {
  console.log(e.stack.split('\n').filter((l) => l.includes('evalmachine')).map((l) => l.trim()).join(' | '));
}
