// displayErrors (default true): an error thrown while running vm code gets
// `file:line`, the source line, a caret and a blank line on top of its stack,
// once; with displayErrors: false the stack is left alone. Compile errors are
// always decorated. Only the decoration and the vm file's frames are printed.
const vm = require('node:vm');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log('--', label);
    if (typeof e !== 'object' || e === null) {
      console.log('thrown', e);
      return;
    }
    const stack = String(e.stack).split('\n');
    const head = [];
    for (const line of stack) {
      if (line.startsWith('    at ')) {
        if (line.includes('disp.js') || line.includes('evalmachine')) head.push(line);
      } else if (line === `${e.name}: ${e.message}`) {
        // The engine's own messages are not compared.
        head.push(`${e.name}: <message>`);
      } else {
        head.push(line);
      }
    }
    console.log(head.join('\n'));
  }
}

const opts = { filename: 'disp.js' };
show('runInThisContext', () => vm.runInThisContext('let a = 1;\n  throw new Error("boom");', opts));
show('displayErrors false', () => vm.runInThisContext('let b = 1;\n  throw new Error("boom");', { ...opts, displayErrors: false }));
show('runInContext', () => vm.runInContext('\tnull.x;', vm.createContext(), opts));
show('runInNewContext', () => vm.runInNewContext('x.y.z', { x: {} }, opts));
show('Script.runInContext false', () => new vm.Script('undefined.k', opts).runInContext(vm.createContext(), { displayErrors: false }));
show('default filename', () => vm.runInThisContext('\n  throw new TypeError("t")'));
show('nested function', () => {
  const f = vm.runInThisContext('(function outer() {\n  return function inner() {\n    throw new RangeError("deep");\n  };\n})', opts);
  f()();
});
show('thrown from a callback', () => vm.runInThisContext('[1, 2].map(function (v) {\n  if (v === 2) throw new Error("two");\n});', opts));
show('line and column offsets', () => vm.runInThisContext('  throw new Error("first line")', { ...opts, lineOffset: 4, columnOffset: 9 }));
show('offsets second line', () => vm.runInThisContext('1;\n     throw new Error("second line")', { ...opts, lineOffset: 4, columnOffset: 9 }));
show('rethrow keeps one decoration', () => {
  try {
    vm.runInThisContext('throw new Error("once")', opts);
  } catch (e) {
    globalThis.caught = e;
  }
  vm.runInThisContext('\n\nthrow caught;', opts);
});
show('non-error object', () => vm.runInThisContext('throw { plain: true }', opts));
show('primitive', () => vm.runInThisContext('throw 42', opts));
show('stack set by the script', () => vm.runInThisContext('const e1 = new Error("s"); e1.stack = "custom stack"; throw e1', opts));
show('stack not a string', () => vm.runInThisContext('const e2 = new Error("n"); e2.stack = 7; throw e2', opts));
Error.prepareStackTrace = (err, sites) => `prepared: ${err.message}`;
show('prepareStackTrace', () => vm.runInThisContext('\nthrow new Error("p")', opts));
Error.prepareStackTrace = undefined;

// Compile errors: the token's range, whatever displayErrors says.
show('syntax error', () => new vm.Script('let ok = 1;\nlet bad = foobar baz;', opts));
show('syntax error displayErrors false', () => vm.runInThisContext('var q = ;', { ...opts, displayErrors: false }));
show('syntax error with offsets', () => new vm.Script('  a b', { ...opts, lineOffset: 2, columnOffset: 5 }));
show('syntax error in context', () => vm.runInContext('\n\n  1 +* 2', vm.createContext(), opts));
