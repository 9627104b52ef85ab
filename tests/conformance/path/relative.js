// path.relative.
const path = require('path');
const cases = [['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'],
  ['/var/lib', '/var/apache'], ['/var/', '/var/lib'], ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'],
  ['/Users/a/web/b/test/mails', '/Users/a/web/b'], ['/foo/bar/baz-quux', '/foo/bar/baz'],
  ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['', ''],
  ['a', 'a'], ['a/b', 'a'], ['a', 'a/b/c'], ['/a/b/c', '/a/x']];
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(path.relative(...c)));
console.log(JSON.stringify(path.relative('.', 'x/y')), JSON.stringify(path.relative('x/y', '.')));
