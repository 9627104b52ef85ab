// path.normalize.
const path = require('path');
for (const p of ['./fixtures///b/../b/c.js', '/foo/../../../bar', 'a//b//../b', 'a//b//./c',
  'a//b//.', '/a/b/c/../../../x/y/z', '///..//./foo/.//bar', 'bar/foo../../', 'bar/foo../..',
  'bar/foo../../baz', 'bar/foo../', 'bar/foo..', '../foo../../../bar', '../.../.././.../../../bar',
  '../../../foo/../../../bar', '../../../foo/../../../bar/../../', '../foobar/barfoo/foo/../../../bar/../../',
  '../.../../foobar/../../../bar/../../baz', 'foo/bar\\baz', '', '.', '..', '/', '//', './', '../',
  'a/', '/a/', 'a/./b/', '/foo/bar//baz/asdf/quux/..']) {
  console.log(JSON.stringify(p), JSON.stringify(path.normalize(p)));
}
