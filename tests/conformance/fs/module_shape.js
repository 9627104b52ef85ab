const { fs, dir, show } = require('./fixtures/scratch');
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
