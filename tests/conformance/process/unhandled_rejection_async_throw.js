// An error thrown in an async function that nobody awaits.
async function work() {
  await null;
  throw new TypeError('bad input');
}
work();
