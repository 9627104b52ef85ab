const { fs, dir, show } = require('./fixtures/scratch');
// statSync and lstatSync: the Stats object.
fs.writeFileSync(`${dir}/f.txt`, 'twelve bytes');
fs.symlinkSync('f.txt', `${dir}/link`);
const s = fs.statSync(`${dir}/f.txt`);
console.log(s.constructor.name, s instanceof fs.Stats, Object.keys(s));
console.log(s.isFile(), s.isDirectory(), s.isSymbolicLink(), s.isFIFO(), s.isSocket(),
            s.isBlockDevice(), s.isCharacterDevice());
console.log(s.size, s.nlink, typeof s.ino, typeof s.dev, typeof s.blksize, typeof s.blocks);
console.log((s.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
console.log(s.mtime instanceof Date, s.atime instanceof Date, s.ctime instanceof Date, s.birthtime instanceof Date);
console.log(Math.abs(s.mtime.getTime() - Date.now()) < 60000, s.mtime.getTime() === Math.floor(s.mtimeMs) || s.mtime.getTime() === Math.round(s.mtimeMs) || Math.abs(s.mtime.getTime() - s.mtimeMs) < 1);
console.log(typeof s.mtimeMs, s.mtimeMs > 1.5e12);
const d = fs.statSync(dir);
console.log(d.isDirectory(), d.isFile());
const l = fs.lstatSync(`${dir}/link`);
console.log(l.isSymbolicLink(), l.isFile(), fs.statSync(`${dir}/link`).isFile());
const big = fs.statSync(`${dir}/f.txt`, { bigint: true });
console.log(big.constructor.name, typeof big.size, big.size, typeof big.mtimeNs, big.isFile());
console.log(big.mtimeMs === BigInt(Math.floor(s.mtimeMs)));
console.log(fs.statSync(`${dir}/none`, { throwIfNoEntry: false }));
console.log(fs.lstatSync(`${dir}/none`, { throwIfNoEntry: false }));
show(() => fs.statSync(`${dir}/none`));
show(() => fs.lstatSync(`${dir}/none`));
show(() => fs.statSync(`${dir}/f.txt/x`));
show(() => fs.statSync(`${dir}/none`, 'x'));
