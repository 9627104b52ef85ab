// Without 'unhandledRejection' listeners, 'uncaughtException' listeners get
// the error with the origin 'unhandledRejection', after ticks and microtasks.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException', err.name, err.message, err.code, origin);
});
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', origin));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
Promise.reject(new Error('r1'));
Promise.reject(7);
Promise.resolve().then(() => { throw new RangeError('in then'); });
process.nextTick(() => console.log('tick'));
queueMicrotask(() => console.log('microtask'));
