// The event loop's order: the program, nextTicks, microtasks, timers (by
// time, then by creation), immediates; each callback followed by its
// nextTicks and microtasks; beforeExit, exit. (The 200 ms timer is far
// enough from the 5 ms ones that a slow start cannot make them due together.)
const log = (s) => console.log(s);

process.on('beforeExit', (code) => {
  log(`beforeExit ${code}`);
  if (!globalThis.again) {
    globalThis.again = true;
    setTimeout(() => log('timer scheduled by beforeExit'), 1);
  }
});
process.on('exit', (code) => log(`exit ${code}`));

Promise.resolve().then(() => log('microtask 1'));
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('microtask from tick'));
  process.nextTick(() => log('tick from tick'));
});
queueMicrotask(() => {
  log('microtask 2');
  process.nextTick(() => log('tick from microtask'));
});

setTimeout(() => {
  log('timeout 200');
  // An interval, alone so that its ticks cannot race other timers.
  let n = 0;
  const interval = setInterval(() => {
    log(`interval ${++n}`);
    if (n === 3) clearInterval(interval);
  }, 2);
}, 200);
setTimeout((a, b) => {
  log(`timeout 5 with ${a} ${b}`);
  setImmediate(() => log('immediate from timer'));
  setTimeout(() => log('timeout 0 from timer'), 0);
  process.nextTick(() => log('tick from timer'));
  Promise.resolve().then(() => log('microtask from timer'));
}, 5, 'x', 'y');
setTimeout(() => log('second timeout 5'), 5);

const cancelled = setTimeout(() => log('cancelled (never)'), 1);
clearTimeout(cancelled);
const cancelledImmediate = setImmediate(() => log('cancelled immediate (never)'));
clearImmediate(cancelledImmediate);

// An unref'd timer does not keep the process alive.
setTimeout(() => log('unrefed (never)'), 100000).unref();

const t = setTimeout(() => {}, 1);
console.log(typeof t, t.hasRef(), typeof t[Symbol.toPrimitive]());
log('main done');
