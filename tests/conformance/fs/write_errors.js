const { fs, dir, show } = require('./fixtures/scratch');
// writeFileSync's errors.
show(() => fs.writeFileSync(`${dir}/missing/x.txt`, 'x'));
show(() => fs.writeFileSync(dir, 'x'));
show(() => fs.writeFileSync(`${dir}/a.txt`, 5));
show(() => fs.writeFileSync(`${dir}/a.txt`, { toString() { return 'x'; } }));
show(() => fs.writeFileSync(`${dir}/a.txt`, null));
show(() => fs.writeFileSync(`${dir}/a.txt`, 'x', { flag: 'nope' }));
show(() => fs.writeFileSync(`${dir}/a.txt`, 'x', { mode: 'zz' }));
show(() => fs.writeFileSync(42.5, 'x'));
