// path.resolve: relative results are printed relative to the working directory.
const path = require('path');
const cwd = process.cwd();
// The results that leave the working directory are shown relative to its
// parent and grandparent, so the output doesn't depend on where the
// repository is.
const up = (p) => p.slice(0, p.lastIndexOf('/'));
const roots = [[cwd, '<cwd>'], [up(cwd), '<cwd>/..'], [up(up(cwd)), '<cwd>/../..']];
const show = (r) => {
  for (const [root, name] of roots) {
    if (r === root || r.startsWith(`${root}/`)) return `${name}${r.slice(root.length)}`;
  }
  return r;
};
const cases = [['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'],
  ['.'], ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], [],
  [''], ['', ''], ['/'], ['/a', 'b', '', 'c'], ['foo/bar', '/tmp/file/', '..', 'a/../subfile'],
  ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
  ['..'], ['../..'], ['/a/b', '../../../..'], ['//a'], ['///a//b/']];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(show(path.resolve(...c))));
