// The callback API: results of each call, in sequence (each step starts in
// the previous one's callback, so the output is deterministic), and the
// arguments Node passes (`cb(null)` for calls without a value).
const { fs, dir } = require('./fixtures/scratch');

const steps = [
  (next) => fs.writeFile(`${dir}/a.txt`, 'hello', function (...args) { console.log('writeFile', args); next(); }),
  (next) => fs.appendFile(`${dir}/a.txt`, ' world', (...args) => { console.log('appendFile', args); next(); }),
  (next) => fs.readFile(`${dir}/a.txt`, (err, b) => { console.log('readFile', err, b); next(); }),
  (next) => fs.readFile(`${dir}/a.txt`, 'utf8', (err, s) => { console.log('readFile utf8', err, s); next(); }),
  (next) => fs.readFile(`${dir}/a.txt`, { encoding: 'hex' }, (err, s) => { console.log('readFile hex', s); next(); }),
  (next) => fs.writeFile(`${dir}/b.bin`, new Uint8Array([1, 2, 3]), { mode: 0o600 }, (err) => {
    console.log('writeFile bytes', err, (fs.statSync(`${dir}/b.bin`).mode & 0o777).toString(8)); next();
  }),
  (next) => fs.stat(`${dir}/a.txt`, (err, st) => {
    console.log('stat', err, st.constructor.name, st.size, st.isFile(), st.isDirectory()); next();
  }),
  (next) => fs.stat(`${dir}/a.txt`, { bigint: true }, (err, st) => { console.log('stat bigint', typeof st.size, st.size); next(); }),
  (next) => { fs.symlinkSync('a.txt', `${dir}/link`); next(); },
  (next) => fs.lstat(`${dir}/link`, (err, st) => { console.log('lstat', err, st.isSymbolicLink(), st.isFile()); next(); }),
  (next) => fs.mkdir(`${dir}/d1`, (...args) => { console.log('mkdir', args); next(); }),
  (next) => fs.mkdir(`${dir}/d2/x/y`, { recursive: true }, (...args) => { console.log('mkdir recursive', args); next(); }),
  (next) => fs.mkdir(`${dir}/d2/x/y`, { recursive: true }, (...args) => { console.log('mkdir recursive again', args); next(); }),
  (next) => fs.readdir(dir, (err, names) => { console.log('readdir', err, names); next(); }),
  (next) => fs.readdir(dir, { withFileTypes: true }, (err, ents) => {
    console.log('readdir types', ents.map((e) => [e.name, e.isFile(), e.isDirectory(), e.isSymbolicLink()])); next();
  }),
  (next) => fs.readdir(`${dir}/d2`, { recursive: true }, (err, names) => { console.log('readdir recursive', err, names); next(); }),
  (next) => fs.access(`${dir}/a.txt`, (...args) => { console.log('access', args); next(); }),
  (next) => fs.access(`${dir}/a.txt`, fs.constants.R_OK | fs.constants.W_OK, (...args) => { console.log('access rw', args); next(); }),
  (next) => fs.exists(`${dir}/a.txt`, (...args) => { console.log('exists', args); next(); }),
  (next) => fs.exists(`${dir}/none`, (...args) => { console.log('exists none', args); next(); }),
  (next) => fs.realpath(`${dir}/link`, (err, p) => { console.log('realpath', err, p === fs.realpathSync(`${dir}/a.txt`)); next(); }),
  (next) => fs.copyFile(`${dir}/a.txt`, `${dir}/c.txt`, (...args) => { console.log('copyFile', args, fs.readFileSync(`${dir}/c.txt`, 'utf8')); next(); }),
  (next) => fs.rename(`${dir}/c.txt`, `${dir}/d.txt`, (...args) => { console.log('rename', args, fs.existsSync(`${dir}/d.txt`)); next(); }),
  (next) => fs.unlink(`${dir}/d.txt`, (...args) => { console.log('unlink', args, fs.existsSync(`${dir}/d.txt`)); next(); }),
  (next) => fs.rmdir(`${dir}/d1`, (...args) => { console.log('rmdir', args); next(); }),
  (next) => fs.rm(`${dir}/d2`, { recursive: true }, (...args) => { console.log('rm recursive', args, fs.existsSync(`${dir}/d2`)); next(); }),
  (next) => fs.rm(`${dir}/none`, { force: true }, (...args) => { console.log('rm force', args); next(); }),
  (next) => fs.open(`${dir}/a.txt`, 'r+', (err, fd) => {
    console.log('open', err, typeof fd);
    const buf = Buffer.alloc(8);
    fs.read(fd, buf, 1, 5, 0, (err, n, b) => {
      console.log('read', err, n, b === buf, buf);
      fs.write(fd, Buffer.from('HELLO'), 0, 5, 0, (err, n, b) => {
        console.log('write', err, n, b.toString());
        fs.write(fd, 'WORLD', 6, (err, n, s) => {
          console.log('write string', err, n, s);
          fs.fstat(fd, (err, st) => {
            console.log('fstat', err, st.size);
            fs.close(fd, (...args) => { console.log('close', args, fs.readFileSync(`${dir}/a.txt`, 'utf8')); next(); });
          });
        });
      });
    });
  }),
  (next) => fs.open(`${dir}/new.txt`, 'w', (err, fd) => {
    fs.write(fd, 'abc', (err, n) => {
      console.log('write at position', err, n);
      fs.close(fd, () => { console.log(fs.readFileSync(`${dir}/new.txt`, 'utf8')); next(); });
    });
  }),
];
const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); };
run(0);
console.log('sync end');
