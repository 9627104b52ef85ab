// filename, lineOffset and columnOffset in stacks and syntax errors: the
// body's first line is line 1 (plus lineOffset) and only it is shifted
// by columnOffset.
const vm = require('node:vm');
const frame = (e) => e.stack.split('\n').find((l) => l.startsWith('    at '));

for (const o of [{}, { filename: 'f.js' }, { filename: 'f.js', lineOffset: 3 },
  { filename: 'f.js', columnOffset: 5 }, { filename: 'f.js', lineOffset: 2, columnOffset: 4 }]) {
  for (const body of ['  throw new Error("x")', '1;\n  throw new Error("x")',
    'return () => {\n  throw new Error("x") }']) {
    try {
      let r = vm.compileFunction(body, [], o)();
      if (typeof r === 'function') r();
    } catch (e) {
      console.log(JSON.stringify(o), frame(e));
    }
  }
  for (const body of ['  a b', '1;\n  a b']) {
    try {
      vm.compileFunction(body, [], o);
    } catch (e) {
      console.log(JSON.stringify(o), e.stack.split('\n').slice(0, 5));
    }
  }
}
