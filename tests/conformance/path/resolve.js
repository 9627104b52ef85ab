// path.resolve: relative results are printed relative to the working directory.
const path = require('path');
const cwd = process.cwd();
const show = (r) => (r.startsWith(cwd) ? `<cwd>${r.slice(cwd.length)}` : r);
const cases = [['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'],
  ['.'], ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], [],
  [''], ['', ''], ['/'], ['/a', 'b', '', 'c'], ['foo/bar', '/tmp/file/', '..', 'a/../subfile'],
  ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
  ['..'], ['../..'], ['/a/b', '../../../..'], ['//a'], ['///a//b/']];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(show(path.resolve(...c))));
