const fs = require('fs');
// A scratch directory beside the program, removed at the end.
const dir = `tmp-${require('path').basename(__filename, '.js')}`;
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const show = (f) => {
  try {
    const r = f();
    console.log('ok', r);
  } catch (e) {
    console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);
  }
};
// The functions of node:fs that jsvm provides, and constants.
const names = ['readFileSync', 'writeFileSync', 'appendFileSync', 'existsSync', 'mkdirSync',
  'readdirSync', 'statSync', 'lstatSync', 'rmSync', 'unlinkSync', 'rmdirSync', 'renameSync',
  'copyFileSync', 'realpathSync', 'readlinkSync', 'symlinkSync', 'accessSync', 'chmodSync',
  'mkdtempSync', 'fstatSync'];
for (const n of names) console.log(n, typeof fs[n]);
console.log(require('node:fs') === fs, typeof fs.constants, fs.constants.F_OK, fs.constants.R_OK,
            fs.constants.W_OK, fs.constants.X_OK, fs.constants.COPYFILE_EXCL, fs.constants.S_IFDIR,
            fs.constants.O_CREAT, fs.F_OK, fs.R_OK);
console.log(typeof fs.Stats, typeof fs.Dirent);
