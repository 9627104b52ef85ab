const { fs, dir, show } = require('./fixtures/scratch');
// appendFileSync creates and appends.
fs.appendFileSync(`${dir}/log.txt`, 'one\n');
fs.appendFileSync(`${dir}/log.txt`, Buffer.from('two\n'));
fs.appendFileSync(`${dir}/log.txt`, '74687265650a', 'hex');
console.log(fs.readFileSync(`${dir}/log.txt`, 'utf8'));
fs.writeFileSync(`${dir}/log.txt`, 'x', { flag: 'a' });
console.log(fs.readFileSync(`${dir}/log.txt`, 'utf8'));
show(() => fs.writeFileSync(`${dir}/log.txt`, 'y', { flag: 'wx' }));
show(() => fs.appendFileSync(`${dir}/log.txt`, 'y', { flag: 'ax' }));
fs.writeFileSync(`${dir}/new.txt`, 'y', { flag: 'wx' });
console.log(fs.readFileSync(`${dir}/new.txt`, 'utf8'));
