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
// writeFileSync and readFileSync: strings, Buffers, encodings.
fs.writeFileSync(`${dir}/a.txt`, 'héllo wörld');
console.log(fs.readFileSync(`${dir}/a.txt`, 'utf8'));
console.log(fs.readFileSync(`${dir}/a.txt`));
console.log(fs.readFileSync(`${dir}/a.txt`, { encoding: 'hex' }));
console.log(fs.readFileSync(`${dir}/a.txt`, 'base64'));
console.log(fs.readFileSync(`${dir}/a.txt`, 'latin1'));
console.log(Buffer.isBuffer(fs.readFileSync(`${dir}/a.txt`)), fs.readFileSync(`${dir}/a.txt`).length);
fs.writeFileSync(`${dir}/b.bin`, Buffer.from([0, 1, 2, 255]));
console.log(fs.readFileSync(`${dir}/b.bin`));
fs.writeFileSync(`${dir}/c.txt`, new Uint16Array([0x4241, 0x4443]));
console.log(fs.readFileSync(`${dir}/c.txt`, 'utf8'));
fs.writeFileSync(`${dir}/d.txt`, '68656c6c6f', 'hex');
console.log(fs.readFileSync(`${dir}/d.txt`, 'utf8'));
fs.writeFileSync(`${dir}/d.txt`, 'aGk=', { encoding: 'base64' });
console.log(fs.readFileSync(`${dir}/d.txt`, 'utf8'));
fs.writeFileSync(`${dir}/d.txt`, 'replaced');
console.log(fs.readFileSync(`${dir}/d.txt`, 'utf8'));
fs.writeFileSync(`${dir}/e.txt`, new DataView(new Uint8Array([65, 66]).buffer));
console.log(fs.readFileSync(`${dir}/e.txt`, 'utf8'));
fs.writeFileSync(`${dir}/empty.txt`, '');
console.log(JSON.stringify(fs.readFileSync(`${dir}/empty.txt`, 'utf8')), fs.readFileSync(`${dir}/empty.txt`));
fs.writeFileSync(Buffer.from(`${dir}/f.txt`), 'buffer path');
console.log(fs.readFileSync(Buffer.from(`${dir}/f.txt`), 'utf8'));
