// node:v8: getHeapStatistics' fields and their relations,
// cachedDataVersionTag, setFlagsFromString's validation.
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).filter((k) => k !== 'total_allocated_bytes'));
console.log(Object.values(s).every((v) => typeof v === 'number' && v >= 0));
console.log(s.used_heap_size > 0, s.used_heap_size <= s.total_heap_size,
  s.total_heap_size <= s.heap_size_limit, s.does_zap_garbage, s.number_of_detached_contexts);
const vm = require('vm');
const before = v8.getHeapStatistics().number_of_native_contexts;
const ctx = vm.createContext({});
vm.runInContext('globalThis.x = 1', ctx);
console.log(before >= 1, v8.getHeapStatistics().number_of_native_contexts > before);
const big = new Array(100000).fill(0).map((_, i) => ({ i }));
console.log(v8.getHeapStatistics().used_heap_size > s.used_heap_size, big.length);
const tag = v8.cachedDataVersionTag();
console.log(typeof tag, Number.isInteger(tag), tag >= 0, tag < 2 ** 32, tag === v8.cachedDataVersionTag());
v8.setFlagsFromString('--max-old-space-size=4000');
for (const bad of [5, undefined, {}]) {
  try { v8.setFlagsFromString(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
