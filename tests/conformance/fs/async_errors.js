// The callback API's errors: system call failures reach the callback with
// the same fields as the sync calls' (code, errno, syscall, path, dest,
// message); argument errors are thrown at once, before any request.
const { fs, dir } = require('./fixtures/scratch');

const show = (label) => (e, ...rest) => {
  if (!e) return console.log(label, 'ok', rest);
  console.log(label, e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
  return undefined;
};
const thrown = (label, f) => {
  try {
    f();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, '|', e.message);
  }
};

fs.writeFileSync(`${dir}/file`, 'x');
fs.mkdirSync(`${dir}/full`);
fs.writeFileSync(`${dir}/full/f`, '');
const none = `${dir}/none`;
const steps = [
  (next) => fs.readFile(none, (e) => { show('readFile')(e); next(); }),
  (next) => fs.readFile(dir, (e) => { show('readFile dir')(e); next(); }),
  (next) => fs.writeFile(`${none}/x`, 'a', (e) => { show('writeFile')(e); next(); }),
  (next) => fs.writeFile(`${dir}/file`, 'a', { flag: 'wx' }, (e) => { show('writeFile wx')(e); next(); }),
  (next) => fs.appendFile(`${none}/x`, 'a', (e) => { show('appendFile')(e); next(); }),
  (next) => fs.stat(none, (e) => { show('stat')(e); next(); }),
  (next) => fs.lstat(none, (e) => { show('lstat')(e); next(); }),
  (next) => fs.stat(`${dir}/file/x`, (e) => { show('stat notdir')(e); next(); }),
  (next) => fs.readdir(none, (e) => { show('readdir')(e); next(); }),
  (next) => fs.readdir(`${dir}/file`, (e) => { show('readdir file')(e); next(); }),
  (next) => fs.mkdir(`${dir}/file`, (e) => { show('mkdir exists')(e); next(); }),
  (next) => fs.mkdir(`${none}/a/b`, (e) => { show('mkdir parent')(e); next(); }),
  (next) => fs.mkdir(`${dir}/file`, { recursive: true }, (e) => { show('mkdir recursive file')(e); next(); }),
  (next) => fs.rm(none, (e) => { show('rm')(e); next(); }),
  (next) => fs.rm(`${dir}/full`, (e) => { show('rm dir')(e); console.log(e.constructor.name, e.info); next(); }),
  (next) => fs.rmdir(`${dir}/full`, (e) => { show('rmdir notempty')(e); next(); }),
  (next) => fs.rmdir(none, (e) => { show('rmdir')(e); next(); }),
  (next) => fs.unlink(none, (e) => { show('unlink')(e); next(); }),
  (next) => fs.unlink(`${dir}/full`, (e) => { show('unlink dir')(e); next(); }),
  (next) => fs.rename(none, `${dir}/other`, (e) => { show('rename')(e); next(); }),
  (next) => fs.access(none, (e) => { show('access')(e); next(); }),
  // fs.realpath reports the first missing component, made absolute.
  (next) => fs.realpath(`${none}/x`, (e) => {
    console.log('realpath', e.code, e.syscall, e.path.replace(process.cwd(), 'CWD'), '|', e.message.replace(process.cwd(), 'CWD'));
    next();
  }),
  (next) => fs.copyFile(none, `${dir}/other`, (e) => { show('copyFile')(e); next(); }),
  (next) => fs.copyFile(`${dir}/file`, `${dir}/full/f`, fs.constants.COPYFILE_EXCL, (e) => { show('copyFile excl')(e); next(); }),
  (next) => fs.open(none, (e) => { show('open')(e); next(); }),
  (next) => fs.open(`${dir}/file`, 'wx', (e) => { show('open wx')(e); next(); }),
  (next) => fs.close(99999, (e) => { show('close')(e); next(); }),
  (next) => fs.read(99999, Buffer.alloc(4), 0, 4, 0, (e) => { show('read')(e); next(); }),
  (next) => fs.write(99999, 'x', (e) => { show('write')(e); next(); }),
  (next) => fs.fstat(99999, (e) => { show('fstat')(e); next(); }),
];

// Argument errors: thrown, nothing started.
thrown('readFile no cb', () => fs.readFile(`${dir}/file`));
thrown('readFile cb not function', () => fs.readFile(`${dir}/file`, 'utf8', 1));
thrown('readFile bad path', () => fs.readFile(1.5, () => {}));
thrown('readFile bad encoding', () => fs.readFile(`${dir}/file`, 'nope', () => {}));
thrown('writeFile no cb', () => fs.writeFile(`${dir}/file`, 'x'));
thrown('writeFile bad data', () => fs.writeFile(`${dir}/file`, 1, () => {}));
thrown('stat no cb', () => fs.stat(`${dir}/file`));
thrown('stat bad path', () => fs.stat(null, () => {}));
thrown('mkdir bad recursive', () => fs.mkdir(`${dir}/x`, { recursive: 1 }, () => {}));
thrown('access bad mode', () => fs.access(`${dir}/file`, 8, () => {}));
thrown('access mode string', () => fs.access(`${dir}/file`, '1', () => {}));
thrown('read bad offset', () => fs.read(0, Buffer.alloc(2), -1, 0, 0, () => {}));
thrown('read negative length', () => fs.read(0, Buffer.alloc(2), 0, -1, 0, () => {}));
thrown('unlink no cb', () => fs.unlink(`${dir}/file`));
thrown('rename bad path', () => fs.rename(`${dir}/file`, 1, () => {}));
thrown('rm bad options', () => fs.rm(`${dir}/file`, { force: 'yes' }, () => {}));
thrown('exists no cb', () => fs.exists(`${dir}/file`));
thrown('close bad fd', () => fs.close('1', () => {}));
thrown('read bad buffer', () => fs.read(0, 'x', 0, 1, 0, () => {}));
thrown('read bad length', () => fs.read(0, Buffer.alloc(2), 0, 3, 0, () => {}));
thrown('null byte', () => fs.readFile('a\u0000b', () => {}));
fs.exists(1, (...args) => console.log('exists bad path', args));

const run = (i) => { if (i < steps.length) steps[i](() => run(i + 1)); else console.log('done'); };
run(0);
