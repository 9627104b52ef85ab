// path.matchesGlob with simple patterns.
const path = require('path');
const cases = [['foo/bar/baz', 'foo/*/baz'], ['foo/bar/baz', 'foo/*'], ['foo/bar/baz', 'foo/**'],
  ['foo/bar/baz', 'foo/**/baz'], ['foo/baz', 'foo/**/baz'], ['x.js', '*.js'], ['a/x.js', '*.js'],
  ['a/x.js', '**/*.js'], ['x.ts', '*.{js,ts}'], ['abc', 'a?c'], ['abc', 'a[bc]c'], ['adc', 'a[bc]c'],
  ['abc', 'a[!b]c'], ['file.txt', 'file.txt'], ['file.txt', 'file.tx']];
for (const [p, g] of cases) console.log(p, g, path.matchesGlob(p, g));
