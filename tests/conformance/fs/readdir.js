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
// readdirSync: names (sorted), Dirent objects, recursive.
fs.mkdirSync(`${dir}/sub/deeper`, { recursive: true });
for (const f of ['b.txt', 'a.txt', 'C.txt', '_x']) fs.writeFileSync(`${dir}/${f}`, f);
fs.writeFileSync(`${dir}/sub/inner.txt`, '');
fs.symlinkSync('a.txt', `${dir}/link`);
console.log(fs.readdirSync(dir));
const entries = fs.readdirSync(dir, { withFileTypes: true });
for (const d of entries) {
  console.log(d.name, d.parentPath === dir, d.isFile(), d.isDirectory(), d.isSymbolicLink(),
              d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice());
}
console.log(entries[0] instanceof fs.Dirent, entries[0].constructor.name, Object.keys(entries[0]));
console.log(fs.readdirSync(dir, { recursive: true }).sort());
console.log(fs.readdirSync(dir, 'buffer')[0]);
console.log(fs.readdirSync(`${dir}/sub/deeper`));
show(() => fs.readdirSync(`${dir}/none`));
show(() => fs.readdirSync(`${dir}/a.txt`));
