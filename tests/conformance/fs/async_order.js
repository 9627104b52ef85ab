// When the callbacks run: never synchronously, after process.nextTick and
// the microtasks of the code that started them; in the poll phase, so an
// immediate set in a callback runs before a 0 ms timer set there; a
// request pending keeps the process alive ('beforeExit' comes after it);
// an error thrown by a callback goes to 'uncaughtException'.
const { fs, dir } = require('./fixtures/scratch');

fs.writeFileSync(`${dir}/a`, 'a');
process.on('beforeExit', () => console.log('beforeExit'));
fs.readFile(`${dir}/a`, 'utf8', (err, s) => {
  console.log('readFile', err, s);
  setImmediate(() => console.log('immediate (set in the callback)'));
  setTimeout(() => {
    console.log('timeout (set in the callback)');
    fs.stat(`${dir}/a`, () => {
      console.log('stat');
      setTimeout(() => console.log('timeout 2'), 0);
      setImmediate(() => console.log('immediate 2'));
      process.nextTick(() => console.log('tick 2'));
    });
  });
  process.nextTick(() => console.log('tick in the callback'));
  Promise.resolve().then(() => console.log('microtask in the callback'));
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync end');

process.on('uncaughtException', (e) => console.log('uncaughtException', e.message));
setTimeout(() => {
  fs.access(`${dir}/a`, () => { throw new Error('thrown by a callback'); });
}, 50);
