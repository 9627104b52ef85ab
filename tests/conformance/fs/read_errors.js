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
// readFileSync's errors.
show(() => fs.readFileSync(`${dir}/missing.txt`));
show(() => fs.readFileSync(dir));
show(() => fs.readFileSync(`${dir}/missing/deeper.txt`, 'utf8'));
show(() => fs.readFileSync(''));
show(() => fs.readFileSync({}));
show(() => fs.readFileSync(null));
show(() => fs.readFileSync(`${dir}/a`, 'bogus-encoding'));
show(() => fs.readFileSync(`${dir}/a`, 5));
show(() => fs.readFileSync('a\u0000b'));
fs.writeFileSync(`${dir}/f`, 'x');
show(() => fs.readFileSync(`${dir}/f/child`));
