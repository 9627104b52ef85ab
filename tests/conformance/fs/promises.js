// fs/promises (and require('fs').promises): results, rejections with the
// sync calls' error fields, argument errors as rejections, FileHandle.
const { fs, dir } = require('./fixtures/scratch');
const fsp = require('fs/promises');

const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, e.dest, '|', e.message);

(async () => {
  console.log(fs.promises === fsp, fsp === require('node:fs/promises'), typeof fsp.FileHandle);
  console.log(await fsp.writeFile(`${dir}/a`, 'hello'));
  await fsp.appendFile(`${dir}/a`, '!');
  console.log(await fsp.readFile(`${dir}/a`), await fsp.readFile(`${dir}/a`, 'utf8'));
  const st = await fsp.stat(`${dir}/a`);
  console.log(st.size, st.isFile(), (await fsp.lstat(dir)).isDirectory());
  console.log(await fsp.mkdir(`${dir}/d/e`, { recursive: true }));
  console.log(await fsp.readdir(dir), (await fsp.readdir(dir, { withFileTypes: true })).map((d) => d.name));
  console.log(await fsp.access(`${dir}/a`));
  await fsp.copyFile(`${dir}/a`, `${dir}/b`);
  await fsp.rename(`${dir}/b`, `${dir}/c`);
  console.log(await fsp.readFile(`${dir}/c`, 'utf8'));
  await fsp.unlink(`${dir}/c`);
  console.log((await fsp.realpath(dir)) === fs.realpathSync(dir));
  await fsp.rmdir(`${dir}/d/e`);
  await fsp.rm(`${dir}/d`, { recursive: true });
  console.log(await fsp.readdir(dir));

  for (const f of [
    () => fsp.readFile(`${dir}/none`),
    () => fsp.stat(`${dir}/none`),
    () => fsp.mkdir(`${dir}/a`),
    () => fsp.rm(`${dir}/none`),
    () => fsp.rename(`${dir}/none`, `${dir}/x`),
    () => fsp.open(`${dir}/none`),
    () => fsp.readFile(1.5),
    () => fsp.writeFile(`${dir}/x`, 5),
  ]) {
    const p = f();
    console.log(p instanceof Promise);
    await p.then((v) => console.log('resolved', v), show);
  }

  const fh = await fsp.open(`${dir}/a`, 'r+');
  console.log(fh.constructor.name, typeof fh.fd);
  console.log((await fh.stat()).size);
  const r = await fh.read(Buffer.alloc(8), 0, 8, 0);
  console.log(r.bytesRead, r.buffer);
  const w = await fh.write(Buffer.from('HE'), 0, 2, 0);
  console.log(w.bytesWritten, w.buffer);
  console.log(await fh.readFile('utf8'));
  await fh.writeFile('again');
  await fh.close();
  console.log(await fsp.readFile(`${dir}/a`, 'utf8'));
  const fh2 = await fsp.open(`${dir}/w`, 'w');
  await fh2.writeFile('via handle');
  await fh2.close();
  console.log(await fsp.readFile(`${dir}/w`, 'utf8'));
})();
