// All nextTicks run before the microtasks; ticks queued by microtasks run
// after the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise'));
}).then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick'));
  process.nextTick(() => console.log('tick from tick'));
});
process.nextTick(() => console.log('tick 2'));
