// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// vm.measureMemory resolves to { total, WebAssembly } in summary mode and
// adds current and other in detailed mode; every estimate is an integer
// number of bytes with a [lo, hi] range starting at it. Byte counts differ
// between engines: only shapes and relations are printed.
const vm = require('vm');

const keep = vm.createContext({ a: 1 });

function describe(name, e) {
  console.log(name, Object.keys(e), typeof e.jsMemoryEstimate,
              Number.isInteger(e.jsMemoryEstimate) && e.jsMemoryEstimate > 0,
              Array.isArray(e.jsMemoryRange), e.jsMemoryRange.length,
              e.jsMemoryRange.every(Number.isInteger),
              e.jsMemoryRange[0] === e.jsMemoryEstimate,
              e.jsMemoryRange[1] >= e.jsMemoryRange[0]);
}

(async () => {
  console.log(typeof vm.measureMemory, vm.measureMemory.name, vm.measureMemory.length);
  console.log(Object.keys(vm).includes('measureMemory'));

  const p = vm.measureMemory({ execution: 'eager' });
  console.log(p instanceof Promise, Object.getPrototypeOf(p) === Promise.prototype);
  const summary = await p;
  console.log('summary', Object.keys(summary), Object.getPrototypeOf(summary) === Object.prototype);
  describe('total', summary.total);
  console.log('WebAssembly', Object.keys(summary.WebAssembly),
              typeof summary.WebAssembly.code, typeof summary.WebAssembly.metadata);

  const detailed = await vm.measureMemory({ mode: 'detailed', execution: 'eager' });
  console.log('detailed', Object.keys(detailed));
  describe('total', detailed.total);
  describe('current', detailed.current);
  console.log('other', Array.isArray(detailed.other), detailed.other.length);
  detailed.other.forEach((e, i) => describe(`other[${i}]`, e));

  // The total is the sum of the contexts; each range adds the same
  // unattributed memory to its estimate.
  const { total, current, other } = detailed;
  const sum = current.jsMemoryEstimate + other.reduce((s, e) => s + e.jsMemoryEstimate, 0);
  console.log('total is the sum', total.jsMemoryEstimate === sum);
  const spread = (e) => e.jsMemoryRange[1] - e.jsMemoryRange[0];
  console.log('same spread', [current, ...other].every((e) => spread(e) === spread(total)));

  // Each call resolves to new objects.
  const [a, b] = await Promise.all([
    vm.measureMemory({ mode: 'detailed', execution: 'eager' }),
    vm.measureMemory({ mode: 'detailed', execution: 'eager' }),
  ]);
  console.log('fresh objects', a !== b, a.total !== b.total, a.other !== b.other);
  console.log(keep.a);
})();
