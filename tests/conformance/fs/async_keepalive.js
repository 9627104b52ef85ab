// A pending request alone keeps the process alive (as libuv's active
// requests do): nothing else is scheduled, yet each callback runs, and
// 'beforeExit' comes after them.
const { fs, dir } = require('./fixtures/scratch');

const big = Buffer.alloc(8 * 1024 * 1024, 'x');
fs.writeFileSync(`${dir}/big`, big);
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit'));
fs.readFile(`${dir}/big`, (err, b) => {
  console.log('read', err, b.length, b.equals(big));
  fs.open(`${dir}/big`, 'r', (err, fd) => {
    fs.read(fd, Buffer.alloc(4), 0, 4, 100, (err, n, buf) => {
      console.log('read fd', err, n, buf.toString());
      fs.close(fd, (err) => console.log('closed', err));
    });
  });
});
console.log('sync end');
