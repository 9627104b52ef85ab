// Line and column numbers are V8's: `new` at the keyword, a call at the
// callee's name (or its '(' when the callee is an expression), a property
// access at the property name, a throw of a non-error at `throw`.
const vm = require('node:vm');

const snippets = {
  newError: '\n  throw new Error("x");',
  newInArgs: '\nfunction f(e) { throw e; }\n  f(new TypeError("t"));',
  nestedCall: '\nfunction g() { null.x; }\nfunction h() { return [0].map(() => g()); }\n  h();',
  iife: '\n  (function () { undefined.y; })();',
  methodCall: '\nconst o = { a: { b() { return this.c.d; } } };\n  o.a.b();',
  propertyChain: '\nconst p = { q: undefined };\n   p.q.r.s;',
  callOfCall: '\nfunction mk() { return () => { throw new RangeError("r"); }; }\n mk()();',
  templateLiteral: '\nconst t = `${[].x.y}`;',
  multiline: '\nfunction m() {\n  return (\n    1 +\n    missing.z\n  );\n}\nm();',
};
for (const [name, code] of Object.entries(snippets)) {
  try {
    vm.runInThisContext(code, { filename: 'pos.js' });
  } catch (e) {
    const frames = e.stack.split('\n').filter((l) => l.startsWith('    at ') && l.includes('pos.js'));
    console.log(name, frames.map((l) => l.trim()).join(' | '));
  }
}
