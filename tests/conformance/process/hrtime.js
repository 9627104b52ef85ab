// hrtime() and hrtime.bigint(): monotonic, with differences.
const a = process.hrtime();
console.log(Array.isArray(a), a.length, Number.isInteger(a[0]), Number.isInteger(a[1]));
console.log(a[1] >= 0 && a[1] < 1e9);
const d = process.hrtime(a);
console.log(d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
for (const bad of [1, [1], [1, 2, 3], 'x']) {
  try {
    process.hrtime(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
