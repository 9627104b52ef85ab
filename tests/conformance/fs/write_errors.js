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
// writeFileSync's errors.
show(() => fs.writeFileSync(`${dir}/missing/x.txt`, 'x'));
show(() => fs.writeFileSync(dir, 'x'));
show(() => fs.writeFileSync(`${dir}/a.txt`, 5));
show(() => fs.writeFileSync(`${dir}/a.txt`, { toString() { return 'x'; } }));
show(() => fs.writeFileSync(`${dir}/a.txt`, null));
show(() => fs.writeFileSync(`${dir}/a.txt`, 'x', { flag: 'nope' }));
show(() => fs.writeFileSync(`${dir}/a.txt`, 'x', { mode: 'zz' }));
show(() => fs.writeFileSync(42.5, 'x'));
