// process.memoryUsage(): Node's fields, numbers; rss grows with what the
// program holds. Values differ between engines, so only shapes print.
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).map((v) => typeof v));
console.log(m.rss > 0, m.heapUsed > 0, m.heapTotal >= m.heapUsed);
console.log(typeof process.memoryUsage.rss, typeof process.memoryUsage.rss());
const before = process.memoryUsage.rss();
const held = [];
for (let i = 0; i < 200; i++) held.push('x'.repeat(100000) + i);
console.log(process.memoryUsage.rss() > before, held.length);
