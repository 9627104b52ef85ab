// path.dirname.
const path = require('path');
for (const p of ['/a/b/', '/a/b', '/a', '', '/', '////', '//a', 'foo', 'a/b/c', 'a/', 'a//',
  './a', '../a/b', '/a/b/c/', '//a/b', '///a', 'a//b', '.', '..', 'a/..', '/foo/bar/baz/asdf/quux']) {
  console.log(JSON.stringify(p), JSON.stringify(path.dirname(p)));
}
