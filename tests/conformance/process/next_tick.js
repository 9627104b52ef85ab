// nextTick: arguments, order, before promises, validation.
process.nextTick((a, b) => console.log('tick 1', a, b), 'x', 'y');
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick 2');
  process.nextTick(() => console.log('tick 4 (nested)'));
  Promise.resolve().then(() => console.log('promise from tick'));
});
process.nextTick(() => console.log('tick 3'));
console.log('sync');
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.code, e.message);
}
