// A handler added in a microtask or a nextTick of the same turn is in time;
// one added in a later turn (setImmediate) is too late.
const p1 = Promise.reject(new Error('one'));
queueMicrotask(() => p1.catch((e) => console.log('caught in microtask', e.message)));
const p2 = Promise.reject(new Error('two'));
process.nextTick(() => p2.catch((e) => console.log('caught in nextTick', e.message)));
const p3 = Promise.reject(new Error('three'));
setImmediate(() => p3.catch(() => console.log('caught in immediate')));
setTimeout(() => console.log('timer never runs'), 5);
