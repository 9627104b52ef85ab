// Intervals fire repeatedly; ticks and microtasks follow each firing.
let n = 0;
const i = setInterval(() => {
  n++;
  console.log('interval', n);
  process.nextTick(() => console.log('  tick', n));
  Promise.resolve().then(() => console.log('  promise', n));
  if (n === 3) clearInterval(i);
}, 1);
