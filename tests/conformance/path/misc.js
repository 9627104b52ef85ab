// isAbsolute, sep, delimiter, toNamespacedPath, path.posix, the module shape.
const path = require('path');
for (const p of ['/foo/bar', '/baz/..', 'qux/', '.', '', '//server', './x', '~/x']) {
  console.log(JSON.stringify(p), path.isAbsolute(p));
}
console.log(path.sep, path.delimiter);
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('a'));
console.log(path.posix === path, path.posix.sep, require('path/posix') === path.posix);
console.log(require('node:path') === path);
const names = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
  'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob'];
for (const n of names) console.log(n, typeof path[n]);
