// The callback functions and `promises` are named exports of 'fs' (as
// `import { writeFile } from 'fs'` in packages expects), and fs/promises
// has its own.
import fs, { writeFile, readFile, stat, mkdir, rm, promises, existsSync } from 'fs';
import { readFile as readP } from 'node:fs/promises';
import fsp from 'fs/promises';

console.log(typeof writeFile, typeof readFile, typeof stat, typeof mkdir, typeof rm);
console.log(writeFile === fs.writeFile, promises === fsp, readP === fsp.readFile);
const dir = 'tmp-esm_named';
await fsp.rm(dir, { recursive: true, force: true });
mkdir(dir, () => writeFile(`${dir}/a`, 'esm', () => readFile(`${dir}/a`, 'utf8', async (err, s) => {
  console.log(err, s, await readP(`${dir}/a`, 'utf8'));
  rm(dir, { recursive: true }, () => console.log(existsSync(dir)));
})));
