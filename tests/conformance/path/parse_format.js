// path.parse and path.format, and their round trip.
const path = require('path');
for (const p of ['/home/user/dir/file.txt', '/home/user/a dir//another&File.', '/home/user/a$$$dir//another File.zip',
  'user/dir/another File.zip', 'file', '.\\file', './file', 'C:\\foo', '/', '', '//', '/foo', '/foo.',
  'foo/', 'foo/.bar.baz', '.bar', '..', '../', '/.', '/..', '/a/b.c/', 'a.b.c', '/x/.y.z']) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.format(parsed)));
}
for (const o of [{ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' },
  { root: '/', base: 'file.txt', ext: 'ignored' }, { root: '/', name: 'file', ext: '.txt' },
  { name: 'x', ext: 'png' }, { dir: 'a', name: 'b' }, { root: '/', dir: '/' }, {}, { base: 'b', name: 'n' }]) {
  console.log(JSON.stringify(o), JSON.stringify(path.format(o)));
}
