// Argument checks of the timer functions and process.nextTick.
for (const f of [setTimeout, setInterval, setImmediate, process.nextTick]) {
  try {
    f('not a function');
  } catch (e) {
    console.log(`${f.name}: ${e.name} ${e.code}: ${e.message}`);
  }
}
// Delays below 1 ms become 1 ms; strings are numbers.
for (const delay of [undefined, null, 0, '3', 1.5]) {
  setTimeout(() => console.log('fired with delay', delay), delay);
}
// Clearing odd things is a no-op.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345);
clearImmediate(undefined);
clearInterval('x');
