// node-flags: --no-warnings --single-threaded-gc
// jsvm-flags: --no-warnings
// In detailed mode `other` has one entry per live context besides the main
// one (contextified or DONT_CONTEXTIFY); a context that was collected is
// gone. `current` is the main context, also when measureMemory is called
// from code running in another context.
const vm = require('vm');

const MB = 1e6;
async function measure(fn = vm.measureMemory) {
  await fn({ mode: 'detailed', execution: 'eager' });
  return fn({ mode: 'detailed', execution: 'eager' });
}

(async () => {
  console.log('none', (await measure()).other.length);
  let a = vm.createContext({});
  let b = vm.createContext({});
  const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  console.log('three', (await measure()).other.length);
  a = null;
  console.log('one dropped', (await measure()).other.length);
  vm.runInContext('var x = 1', b);
  b = null;
  console.log('used then dropped', (await measure()).other.length);
  let many = [];
  for (let i = 0; i < 20; i++) many.push(vm.createContext());
  console.log('twenty more', (await measure()).other.length);
  many = null;
  console.log('twenty dropped', (await measure()).other.length);
  // A context kept alive only by a function of it.
  let fn = vm.runInNewContext('(function f() { return 42; })');
  console.log('held by a function', (await measure()).other.length, fn());
  fn = null;
  console.log('function dropped', (await measure()).other.length);

  // Called from code of another context: the main context is current.
  const inner = vm.createContext({ measureMemory: vm.measureMemory });
  const base = await measure();
  globalThis.big = new Float64Array(1.25e6);
  const r = await vm.runInContext(
    'measureMemory({ mode: "detailed", execution: "eager" })' +
    '.then(() => measureMemory({ mode: "detailed", execution: "eager" }))', inner);
  console.log('from a context: result of the main realm', r instanceof Object,
              Object.getPrototypeOf(r) === Object.prototype);
  console.log('from a context: other', r.other.length);
  console.log('from a context: current grew by 10 MB',
              r.current.jsMemoryEstimate - base.current.jsMemoryEstimate >= 9.9 * MB);
  console.log(plain !== null);
})();
