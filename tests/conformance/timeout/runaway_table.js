// Runaway code in every position is stopped by `timeout` with Node's error,
// and the context and the host go on. "In time" means within the timeout
// plus one second: generous so a loaded machine doesn't fail it, and still
// far below what any of these scripts would run for if not stopped.
const vm = require('vm');

const TIMEOUT = 20;
const rows = [
  ['while loop', 'while (true) {}'],
  ['for loop', 'for (;;) {}'],
  ['do-while loop', 'do {} while (true)'],
  ['labelled continue', 'a: for (;;) { continue a; }'],
  ['generator loop', 'for (const x of (function* () { for (;;) yield 1; })()) {}'],
  ['exponential recursion', 'function f(n) { if (n > 60) return; f(n + 1); f(n + 1); } f(0)'],
  ['recursion that swallows stack overflow',
   'function g() { try { g(); } catch { g(); } } g()'],
  ['catch swallowing', 'for (;;) { try { for (;;) {} } catch (e) {} }'],
  ['finally', 'try { for (;;) {} } finally { for (;;) {} }'],
  ['Array.prototype.forEach callback', '[1].forEach(() => { for (;;) {} })'],
  ['Array.prototype.sort comparator', '[3, 2, 1].sort(() => { for (;;) {} })'],
  ['Array.prototype.map callback', '[1, 2].map(() => { for (;;) {} })'],
  ['JSON.parse reviver', "JSON.parse('[1]', () => { for (;;) {} })"],
  ['String.prototype.replace callback', "'a'.replace(/a/, () => { for (;;) {} })"],
  ['getter', '({ get x() { for (;;) {} } }).x'],
  ['setter', '({ set x(v) { for (;;) {} } }).x = 1'],
  ['proxy get trap', 'new Proxy({}, { get() { for (;;) {} } }).x'],
  ['proxy has trap', "'x' in new Proxy({}, { has() { for (;;) {} } })"],
  ['toString coercion', "'' + { toString() { for (;;) {} } }"],
  ['valueOf coercion', '+{ valueOf() { for (;;) {} } }'],
  ['Symbol.toPrimitive', '`${{ [Symbol.toPrimitive]() { for (;;) {} } }}`'],
  ['class constructor', 'new (class { constructor() { for (;;) {} } })()'],
  ['Promise executor', 'new Promise(() => { for (;;) {} })'],
  ['async function body', '(async () => { for (;;) {} })()'],
  ['eval', "eval('for (;;) {}')"],
  ['Function constructor', "new Function('for (;;) {}')()"],
  ['catastrophic regular expression', "/(a+)+$/.test('a'.repeat(40) + 'b')"],
  ['regular expression in a loop', "for (;;) /(x+x+)+y/.test('xxxxxxxxxxxxxxxxxxxxxxx')"],
  ['infinite iterator spread', '[...{ [Symbol.iterator]() { return { next() { return { done: false, value: 1 }; } }; } }].length'],
  ['string building', "let s = ''; for (;;) s += 'x';"],
];

// A getter on the context object runs host code on behalf of the script:
// it is stopped too.
const hostGetter = {};
Object.defineProperty(hostGetter, 'x', { get() { for (;;) {} } });
rows.push(['getter on the context object', 'x', hostGetter]);
rows.push(['host callback', 'spin()', { spin() { for (;;) {} } }]);

// With microtaskMode 'afterEvaluate', the context's microtasks run inside
// the run, and so inside its timeout.
const afterEvaluate = { microtaskMode: 'afterEvaluate' };
rows.push(['microtask loop (afterEvaluate)', 'Promise.resolve().then(() => { for (;;) {} })',
           {}, afterEvaluate]);
rows.push(['endless promise chain (afterEvaluate)',
           'function f() { return Promise.resolve().then(f); } f()', {}, afterEvaluate]);
rows.push(['async function awaiting forever (afterEvaluate)',
           '(async () => { for (;;) await null; })()', {}, afterEvaluate]);

let late = 0;
for (const [name, code, sandbox = {}, options = {}] of rows) {
  const ctx = vm.createContext(sandbox, options);
  const start = process.hrtime.bigint();
  let outcome;
  try {
    vm.runInContext(code, ctx, { timeout: TIMEOUT });
    outcome = 'finished';
  } catch (e) {
    outcome = `${e.code}: ${e.message}`;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const inTime = ms <= TIMEOUT + 1000;
  if (!inTime) late++;
  const after = vm.runInContext('[1, 2, 3].map((n) => n * 2).join()', ctx, { timeout: TIMEOUT });
  console.log(`${name}: ${outcome}; ${inTime ? 'in time' : `late (${ms.toFixed(1)} ms)`}; then ${after}`);
}
console.log('late:', late);
console.log('host goes on:', [1, 2, 3].reduce((a, b) => a + b));
