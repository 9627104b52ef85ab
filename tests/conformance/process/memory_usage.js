// memoryUsage(): the keys and their relations (values differ by engine).
const m = process.memoryUsage();
console.log(Object.keys(m));
console.log(Object.values(m).every((v) => Number.isInteger(v) && v >= 0));
console.log(m.rss > 0, m.heapTotal > 0, m.heapUsed > 0, m.heapTotal >= m.heapUsed);
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const before = process.memoryUsage().heapTotal;
const big = [];
for (let i = 0; i < 1e5; i++) big.push({ i });
console.log(process.memoryUsage().heapTotal > before, big.length);
