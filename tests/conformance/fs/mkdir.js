const { fs, dir, show } = require('./fixtures/scratch');
// mkdirSync: plain and recursive (which returns the first directory made).
console.log(fs.mkdirSync(`${dir}/a`));
console.log(fs.mkdirSync(`${dir}/b/c/d`, { recursive: true }));
console.log(fs.mkdirSync(`${dir}/b/c/d`, { recursive: true }));
console.log(fs.mkdirSync(`${dir}/b/c/e`, { recursive: true }));
console.log(fs.statSync(`${dir}/b/c/d`).isDirectory());
show(() => fs.mkdirSync(`${dir}/a`));
show(() => fs.mkdirSync(`${dir}/x/y`));
fs.writeFileSync(`${dir}/file`, '');
show(() => fs.mkdirSync(`${dir}/file`, { recursive: true }));
show(() => fs.mkdirSync(`${dir}/file/sub`, { recursive: true }));
show(() => fs.mkdirSync(`${dir}/file/sub`));
show(() => fs.mkdirSync(`${dir}/z`, { recursive: 'yes' }));
show(() => fs.mkdirSync(5));
console.log(fs.mkdirSync(`${dir}/m`, 0o755), fs.mkdirSync(`${dir}/n`, { mode: '755' }));
console.log((fs.statSync(`${dir}/m`).mode & 0o777).toString(8) <= '755');
