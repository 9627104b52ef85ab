const { fs, dir, show } = require('./fixtures/scratch');
// existsSync never throws (arguments of other types are deprecated: the
// warning is printed through console.error, here without the pid).
console.error = (msg) => console.log(String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
fs.writeFileSync(`${dir}/file`, '');
for (const p of [`${dir}/file`, dir, `${dir}/none`, '', null, undefined, 1, {}, Buffer.from(dir), `${dir}/file/x`]) {
  console.log(typeof p, fs.existsSync(p));
}
