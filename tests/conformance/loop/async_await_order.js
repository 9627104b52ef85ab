// async functions interleave with promises and ticks as in V8.
async function a() {
  console.log('a start');
  await null;
  console.log('a after await');
  await new Promise((r) => setTimeout(r, 1));
  console.log('a after timer');
}
a().then(() => console.log('a done'));
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => console.log('tick'));
console.log('sync');
