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
// existsSync never throws (arguments of other types are deprecated: the
// warning is printed through console.error, here without the pid).
console.error = (msg) => console.log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
fs.writeFileSync(`${dir}/file`, '');
for (const p of [`${dir}/file`, dir, `${dir}/none`, '', null, undefined, 1, {}, Buffer.from(dir), `${dir}/file/x`]) {
  console.log(typeof p, fs.existsSync(p));
}
