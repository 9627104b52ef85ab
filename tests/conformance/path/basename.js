// path.basename, with and without a suffix.
const path = require('path');
const cases = [['/foo/bar/baz/asdf/quux.html'], ['/foo/bar/baz/asdf/quux.html', '.html'],
  ['/foo/bar/baz/asdf/quux.html', 'html'], ['/foo/bar/baz/asdf/quux.html', 'quux.html'],
  [''], ['/'], ['//'], ['a'], ['a/'], ['a//'], ['/a/b/'], ['/a/b//'], ['file.js', '.js'],
  ['file.js', 'file.js'], ['file.js.js', '.js'], ['.js', '.js'], ['a/b.js', 'b.js'],
  ['aaa/bbb', 'bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb', '/bbb'], ['aaa/bbb', 'bb'],
  ['aaa/bbb', 'b'], ['/aaa/bbb', '/bbb'], ['/aaa/bbb', 'a/bbb'], ['/aaa/bbb', 'bbb'],
  ['/aaa/bbb//', 'bbb'], ['/aaa/bbb', 'bb'], ['/aaa/bbb', 'b'], ['/aaa/bbb'], ['/aaa/'],
  ['/aaa/b'], ['/a/b'], ['//a'], ['a', 'a'], ['\\dir\\basename.ext'], ['basename.ext\\'],
  ['foo.', '.'], ['.dotfile'], ['dir/.dotfile'], ['dir/.dotfile', '.dotfile'], ['a/b/c', '']];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(path.basename(...c)));
