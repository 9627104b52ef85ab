// node-flags: --no-warnings --single-threaded-gc
// jsvm-flags: --no-warnings
// Memory is attributed to the context that holds it: 10 MB allocated in one
// context grows that context's estimate by about 10 MB (V8 frees a little of
// the context's garbage meanwhile: 9.9 MB is the bar) and leaves the others
// within 2 MB. `other` has no defined order, so the contexts that grew are
// counted. (--single-threaded-gc makes V8's attribution deterministic;
// measuring twice lets a collection in progress finish.)
const vm = require('vm');

const MB = 1e6;
const GREW = 9.9 * MB;
async function measure() {
  await vm.measureMemory({ mode: 'detailed', execution: 'eager' });
  return vm.measureMemory({ mode: 'detailed', execution: 'eager' });
}

(async () => {
  const ctx = vm.createContext({});
  const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  let before = await measure();

  async function step(label, allocate) {
    allocate();
    const after = await measure();
    const grew = (a, b) => b.jsMemoryEstimate - a.jsMemoryEstimate;
    const changes = [grew(before.current, after.current),
                     ...after.other.map((o, i) => grew(before.other[i], o))];
    const others = changes.slice(1);
    console.log(label);
    console.log('  current grew by 10 MB:', changes[0] >= GREW);
    console.log('  others that grew by 10 MB:', others.filter((d) => d >= GREW).length);
    console.log('  others that shrank by 10 MB:', others.filter((d) => d <= -GREW).length);
    console.log('  the rest moved less than 2 MB:',
                changes.filter((d) => Math.abs(d) < GREW).every((d) => Math.abs(d) < 2 * MB));
    console.log('  total grew by 10 MB:', grew(before.total, after.total) >= GREW);
    console.log('  range contains the estimate:',
                [after.total, after.current, ...after.other].every(
                  (e) => e.jsMemoryRange[0] <= e.jsMemoryEstimate &&
                         e.jsMemoryEstimate <= e.jsMemoryRange[1]));
    before = after;
  }

  await step('let in a contextified context', () =>
    vm.runInContext('let a = new Float64Array(1.25e6)', ctx));
  await step('var in a contextified context (on the context object)', () =>
    vm.runInContext('var b = new Float64Array(1.25e6)', ctx));
  await step('global of a DONT_CONTEXTIFY context', () =>
    vm.runInContext('globalThis.c = new Float64Array(1.25e6)', plain));
  await step('global of the main context', () => {
    globalThis.d = new Float64Array(1.25e6);
  });
  await step('array built in a contextified context', () =>
    vm.runInContext('const e = Array.from({ length: 1.25e6 }, (_, i) => i + 0.5)', ctx));
  await step('nothing', () => {});
  await step('freed in the DONT_CONTEXTIFY context', () =>
    vm.runInContext('delete globalThis.c', plain));
})();
