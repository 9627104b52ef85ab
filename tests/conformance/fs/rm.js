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
// rmSync: files, directories with recursive, force; unlinkSync and rmdirSync.
fs.mkdirSync(`${dir}/tree/a/b`, { recursive: true });
fs.writeFileSync(`${dir}/tree/a/b/file`, 'x');
fs.writeFileSync(`${dir}/tree/top`, 'x');
fs.writeFileSync(`${dir}/lone`, 'x');
console.log(fs.rmSync(`${dir}/lone`), fs.existsSync(`${dir}/lone`));
show(() => fs.rmSync(`${dir}/lone`));
console.log(fs.rmSync(`${dir}/lone`, { force: true }));
show(() => fs.rmSync(`${dir}/tree`));
console.log(fs.rmSync(`${dir}/tree`, { recursive: true }), fs.existsSync(`${dir}/tree`));
show(() => fs.rmSync(`${dir}/x`, { recursive: 1 }));
show(() => fs.rmSync(`${dir}/x`, 'opts'));
fs.writeFileSync(`${dir}/u`, 'x');
console.log(fs.unlinkSync(`${dir}/u`), fs.existsSync(`${dir}/u`));
show(() => fs.unlinkSync(`${dir}/u`));
show(() => fs.unlinkSync(dir));
fs.mkdirSync(`${dir}/empty`);
fs.mkdirSync(`${dir}/full`);
fs.writeFileSync(`${dir}/full/x`, '');
console.log(fs.rmdirSync(`${dir}/empty`), fs.existsSync(`${dir}/empty`));
show(() => fs.rmdirSync(`${dir}/full`));
show(() => fs.rmdirSync(`${dir}/none`));
fs.symlinkSync('full', `${dir}/link`);
fs.rmSync(`${dir}/link`);
console.log(fs.existsSync(`${dir}/full/x`), fs.existsSync(`${dir}/link`));
