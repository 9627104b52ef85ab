// package.json "exports" under require(): a string, subpath maps, `*`
// patterns, null targets, conditions (require, node, module-sync,
// default, nested), arrays, and Node's errors for what is not exported or
// not valid.
require('./fixtures/warnings.js');
const req = require('node:module').createRequire(`${__dirname}/fixtures/x.js`);
const show = (name) => {
  try {
    const m = req(name);
    console.log(name, '->', m.name);
  } catch (e) {
    console.log(name, '!>', e.code, e.message.replaceAll(__dirname, '<dir>'));
  }
};
for (const name of [
  'exp-string', 'exp-string/hidden.js', 'exp-string/package.json',
  'exp-map', 'exp-map/feature', 'exp-map/feature.js', 'exp-map/utils/a', 'exp-map/utils/a.js',
  'exp-map/utils/private/secret', 'exp-map/dir/b.js', 'exp-map/lib/feature.js',
  'exp-map/legacy.js', 'exp-map/broken', 'exp-map/bare', 'exp-map/missing',
  'exp-map/node_modules', 'exp-map/array', 'exp-map/array-null', 'exp-map/utils/',
  'exp-cond', 'exp-cond/node-first', 'exp-cond/default-only', 'exp-cond/no-match',
  'exp-cond/numeric', 'exp-sugar', 'exp-mixed', 'exp-nomain', 'exp-nomain/sub',
]) show(name);
console.log(req('exp-map/package.json').name);
// module-sync: the same file for require and import (an ES module).
console.log(req('exp-cond/module-sync'));
