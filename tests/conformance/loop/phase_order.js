// Node's order: nextTicks, microtasks, then timers and immediates (check),
// each callback followed by its nextTicks and microtasks. Everything starts
// from a timer callback: there an immediate always comes before a new timer.
setTimeout(() => {
  const log = (x) => console.log(x);
  setTimeout(() => {
    log('timeout 1');
    process.nextTick(() => log('tick from timeout 1'));
    Promise.resolve().then(() => log('promise from timeout 1'));
    setImmediate(() => log('immediate from timeout 1'));
  }, 0);
  setImmediate(() => {
    log('immediate 1');
    process.nextTick(() => log('tick from immediate 1'));
  });
  setImmediate(() => log('immediate 2'));
  process.nextTick(() => log('tick 1'));
  Promise.resolve().then(() => log('promise 1'));
  log('program');
}, 1);
