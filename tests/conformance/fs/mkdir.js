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
