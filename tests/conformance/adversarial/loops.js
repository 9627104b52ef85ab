// Endless loops in every position a script can hide one are stopped by
// `timeout` with Node's error, and the context runs the next script.
// (Long loops inside one built-in call, such as `Array(1e9).fill(0)` or
// sorting a sparse array of length 2^32 - 1, which V8 does not stop, are
// checked by the jsvm-cli test adversarial.rs.)
const vm = require('vm');

const cases = [
  ['top level', 'for (;;) {}'],
  ['function body', 'function f() { for (;;) {} } f()'],
  ['default parameter', 'function f(a = (() => { for (;;) {} })()) {} f()'],
  ['computed property key', '({ [(() => { for (;;) {} })()]: 1 })'],
  ['template literal', '`${(() => { for (;;) {} })()}`'],
  ['tagged template tag', '(() => { for (;;) {} })``'],
  ['destructuring default', 'const { a = (() => { for (;;) {} })() } = {}'],
  ['class static block', 'class A { static { for (;;) {} } }'],
  ['class field initializer', 'class A { x = (() => { for (;;) {} })(); } new A()'],
  ['switch case expression', 'switch (1) { case (() => { for (;;) {} })(): }'],
  ['with statement', 'with ({}) { for (;;) {} }'],
  ['labelled block', 'a: { for (;;) { continue; } }'],
  ['finally after return', '(() => { try { return 1; } finally { for (;;) {} } })()'],
  ['catch of its own error', 'for (;;) { try { null.x; } catch (e) {} }'],
  ['generator body', 'function* g() { for (;;) {} } g().next()'],
  ['iterator protocol', 'const it = { [Symbol.iterator]() { return { next() { return { done: false } } } } }; for (const x of it) {}'],
  ['spread of an endless iterator', 'Math.max(...{ [Symbol.iterator]() { return { next() { return { done: false, value: 1 } } } } })'],
  ['Array.from of an endless iterator', 'Array.from({ [Symbol.iterator]() { return { next() { return { done: false, value: 1 } } } } })'],
  ['getter', "const o = { get x() { for (;;) {} } }; o.x"],
  ['proxy ownKeys trap', 'Object.keys(new Proxy({}, { ownKeys() { for (;;) {} } }))'],
  ['toString in a host coercion', "String({ toString() { for (;;) {} } })"],
  ['valueOf in arithmetic', '({ valueOf() { for (;;) {} } }) * 2'],
  ['Array.prototype.sort comparator', '[3, 1, 2].sort(() => { for (;;) {} })'],
  ['JSON.stringify replacer', 'JSON.stringify({ a: 1 }, () => { for (;;) {} })'],
  ['String.prototype.replace callback', "'aaa'.replace(/a/g, () => { for (;;) {} })"],
  ['Function.prototype.toString trap', "const f = () => {}; f.toString = () => { for (;;) {} }; '' + f"],
  ['eval', "eval('for (;;) {}')"],
  ['new Function', "new Function('for (;;) {}')()"],
  ['endless string building', "let s = ''; for (;;) { s += 'x'; if (s.length > 1e6) s = ''; }"],
  ['endless array growth and reset', 'let a = []; for (;;) { a.push(a.length); if (a.length > 1e6) a = []; }'],
  ['endless object graph', 'let o = {}; for (let i = 0; ; i++) { o = { next: o, i }; if (i % 1e5 === 0) o = {}; }'],
];

for (const [name, code] of cases) {
  const ctx = vm.createContext({});
  let outcome;
  try {
    vm.runInContext(code, ctx, { timeout: 50 });
    outcome = 'no error';
  } catch (e) {
    outcome = `${e.code}: ${e.message}`;
  }
  const after = vm.runInContext('[1, 2, 3].map((x) => x * 2).join()', ctx);
  console.log(`${name}: ${outcome}; then ${after}`);
}
