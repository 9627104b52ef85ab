const { fs, dir, show } = require('./fixtures/scratch');
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
