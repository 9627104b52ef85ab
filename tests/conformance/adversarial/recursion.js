// Unbounded recursion in every shape a script can take is a RangeError
// ("Maximum call stack size exceeded") that the script may catch and the
// host sees, never a crash; the context keeps working afterwards.
const vm = require('vm');

const cases = [
  ['plain function', 'function f() { return f(); } f()'],
  ['arrow function', 'const f = () => f(); f()'],
  ['mutual recursion', 'function a() { return b(); } function b() { return a(); } a()'],
  ['constructor', 'function F() { return new F(); } new F()'],
  ['class constructor', 'class A { constructor() { new A(); } } new A()'],
  ['getter', 'const o = { get x() { return this.x; } }; o.x'],
  ['setter', 'const o = { set x(v) { this.x = v; } }; o.x = 1'],
  ['proxy get trap', 'const p = new Proxy({}, { get(t, k, r) { return r[k]; } }); p.x'],
  ['proxy has trap', "const p = new Proxy({}, { has(t, k) { return k in p; } }); 'x' in p"],
  ['toString', "const o = { toString() { return '' + this; } }; '' + o"],
  ['valueOf', 'const o = { valueOf() { return +this; } }; +o'],
  ['Symbol.toPrimitive', 'const o = { [Symbol.toPrimitive]() { return `${this}`; } }; `${o}`'],
  ['Array.prototype.map callback', 'function f() { return [1].map(f); } f()'],
  ['Array.prototype.sort comparator', 'function f() { [2, 1].sort(f); } f()'],
  ['JSON.stringify toJSON', 'const o = { toJSON() { return JSON.stringify(this); } }; JSON.stringify(o)'],
  ['JSON.parse reviver', "function f() { return JSON.parse('[1]', f); } f()"],
  ['String.prototype.replace callback', "function f() { return 'a'.replace(/a/, f); } f()"],
  ['Function.prototype.call', 'function f() { return f.call(null); } f()'],
  ['Reflect.apply', 'function f() { return Reflect.apply(f, null, []); } f()'],
  ['bound function', 'let g; function f() { return g(); } g = f.bind(null); g()'],
  ['generator', 'function* g() { yield* g(); } [...g()]'],
  ['tagged template', 'function t() { return t``; } t``'],
  ['default parameter', 'function f(a = f()) { return a; } f()'],
  ['eval', "function f() { return eval('f()'); } f()"],
  ['Function constructor', "const f = new Function('return f()'); globalThis.f = f; f()"],
  ['catch and recurse again', 'let n = 0; function f() { try { f(); } catch (e) { n++; throw e; } } f()'],
];

for (const [name, code] of cases) {
  const ctx = vm.createContext({});
  let outcome;
  try {
    vm.runInContext(code, ctx);
    outcome = 'no error';
  } catch (e) {
    outcome = `${e.name}: ${e.message}`;
  }
  const caught = vm.runInContext(
    `(() => { try { ${code}; return 'no error'; } catch (e) { return 'caught ' + e.name; } })()`, ctx);
  const after = vm.runInContext('[1, 2, 3].map((x) => x * 2).join()', ctx);
  console.log(`${name}: ${outcome}; inside: ${caught}; then ${after}`);
}
