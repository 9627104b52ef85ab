// microtaskMode 'afterEvaluate' runs the context's microtasks at the end of
// every evaluation: vm.runInContext, script.runInContext,
// vm.runInNewContext and script.runInNewContext; the result is the
// script's completion value.
const vm = require('node:vm');

const log = [];
const ctx = vm.createContext({ log }, { microtaskMode: 'afterEvaluate' });
const r = vm.runInContext(
  'Promise.resolve(1).then((v) => log.push("then " + v)); log.push("sync"); 42', ctx);
log.push(`returned ${r}`);
console.log(log.join(', '));

const script = new vm.Script(
  'Promise.resolve().then(() => { n = (typeof n === "number" ? n : 0) + 1 }); "done"');
const c2 = vm.createContext({}, { microtaskMode: 'afterEvaluate' });
console.log(script.runInContext(c2), c2.n);
console.log(script.runInContext(c2), c2.n);

const o = {};
vm.runInNewContext('Promise.resolve().then(() => { ran = true })', o,
                   { microtaskMode: 'afterEvaluate' });
console.log('runInNewContext', o);
const o2 = {};
script.runInNewContext(o2, { microtaskMode: 'afterEvaluate' });
console.log('script.runInNewContext', o2);

// Async functions: every await continues before the run returns.
const c3 = vm.createContext({ log: [] }, { microtaskMode: 'afterEvaluate' });
const p = vm.runInContext(
  '(async () => { log.push("a1"); await null; log.push("a2"); await null; log.push("a3"); return 7 })()',
  c3);
console.log(c3.log, p);

// Without the option, microtasks wait for the host's queue.
const o3 = {};
vm.runInNewContext('Promise.resolve().then(() => { ran = true })', o3);
console.log('default mode, right after the run', o3);
Promise.resolve().then(() => console.log('default mode, later', o3));
