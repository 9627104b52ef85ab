// queueMicrotask: after the current job, before timers; errors are uncaught.
setTimeout(() => console.log('timeout'), 0);
queueMicrotask(() => console.log('microtask 1'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => {
  console.log('microtask 2');
  queueMicrotask(() => console.log('nested microtask'));
});
process.nextTick(() => console.log('nextTick'));
console.log('sync');
for (const bad of [undefined, 1, 'x']) {
  try {
    queueMicrotask(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
queueMicrotask(() => { throw new Error('from a microtask'); });
