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
// renameSync, copyFileSync, realpathSync, readlinkSync, accessSync, chmodSync, mkdtempSync.
fs.writeFileSync(`${dir}/a`, 'content');
fs.renameSync(`${dir}/a`, `${dir}/b`);
console.log(fs.existsSync(`${dir}/a`), fs.readFileSync(`${dir}/b`, 'utf8'));
show(() => fs.renameSync(`${dir}/a`, `${dir}/c`));
fs.copyFileSync(`${dir}/b`, `${dir}/c`);
console.log(fs.readFileSync(`${dir}/c`, 'utf8'));
show(() => fs.copyFileSync(`${dir}/b`, `${dir}/c`, fs.constants.COPYFILE_EXCL));
show(() => fs.copyFileSync(`${dir}/none`, `${dir}/d`));
console.log(fs.realpathSync(`${dir}/b`) === `${process.cwd()}/${dir}/b`);
fs.symlinkSync('b', `${dir}/l`);
console.log(fs.readlinkSync(`${dir}/l`), fs.realpathSync(`${dir}/l`) === fs.realpathSync(`${dir}/b`));
show(() => fs.realpathSync(`${dir}/none`));
show(() => fs.readlinkSync(`${dir}/b`));
console.log(fs.accessSync(`${dir}/b`), fs.accessSync(`${dir}/b`, fs.constants.R_OK | fs.constants.W_OK));
show(() => fs.accessSync(`${dir}/none`));
fs.chmodSync(`${dir}/b`, 0o600);
console.log((fs.statSync(`${dir}/b`).mode & 0o777).toString(8));
fs.chmodSync(`${dir}/b`, '644');
console.log((fs.statSync(`${dir}/b`).mode & 0o777).toString(8));
const t = fs.mkdtempSync(`${dir}/tmp-`);
console.log(t.startsWith(`${dir}/tmp-`), t.length === `${dir}/tmp-`.length + 6, fs.statSync(t).isDirectory());
