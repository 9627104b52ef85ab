// An error thrown by a queueMicrotask callback with no listener ends the
// process at once: later microtasks do not run.
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => console.log('first'));
queueMicrotask(() => {
  throw new Error('from a microtask');
});
queueMicrotask(() => console.log('never'));
