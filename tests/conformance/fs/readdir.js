const { fs, dir, show } = require('./fixtures/scratch');
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
