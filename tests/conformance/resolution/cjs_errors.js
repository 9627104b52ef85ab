// Node's errors for what cannot be required: `Cannot find module` with its
// `Require stack:`, `code` and `requireStack`; a package.json that is not
// JSON; a "main" that names nothing; a native addon; a symbolic link
// loop; JSON with a syntax error; a bad argument.
const show = (f) => {
  try {
    f();
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message.replaceAll(__dirname, '<dir>')));
    if (e.requireStack) console.log('requireStack', e.requireStack.map((p) => p.replace(__dirname, '<dir>')));
    if (e.path) console.log('path', e.path.replace(__dirname, '<dir>'));
  }
};
show(() => require('no-such-package'));
show(() => require('./no-such-file'));
show(() => require('./fixtures/errors/requires_missing.js'));
show(() => require('./fixtures/node_modules/bad-json'));
show(() => require('./fixtures/errors/requires_bad_json.js'));
show(() => require('./fixtures/node_modules/missing-main-no-index'));
show(() => require('./fixtures/errors/loop'));
show(() => require('./fixtures/errors/loop.js'));
show(() => require('node:no-such-builtin'));
show(() => require(''));
show(() => require(42));
show(() => require.resolve(null));
show(() => require.resolve('x', { paths: 'nope' }));
// A native addon: refused (Node fails to open this one, which is no addon).
try {
  require('./fixtures/errors/addon.node');
} catch (e) {
  console.log(e.name, e.code);
}
// JSON with a syntax error: the file name leads the message.
try {
  require('./fixtures/errors/broken.json');
} catch (e) {
  console.log(e.name, e.message.startsWith(`${__dirname}/fixtures/errors/broken.json: `));
}
// A failed require leaves nothing in the cache.
console.log(Object.keys(require.cache).filter((k) => k.includes('errors')).length);
