// beforeExit can schedule more work; exit ends it; exitCode is the code.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) {
    setImmediate(() => console.log('immediate from beforeExit'));
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never: the loop is over'), 0);
  process.nextTick(() => console.log('never either'));
});
process.exitCode = 2;
