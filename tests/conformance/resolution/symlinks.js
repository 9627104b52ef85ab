// Symbolic links are resolved to real paths (a module's filename, its
// cache key, where its own requires start); NODE_PRESERVE_SYMLINKS=1
// (Node's --preserve-symlinks) keeps the path of the link. A link loop is
// a module that cannot be found.
const { spawnSync } = require('node:child_process');
const rel = (p) => p.replaceAll(__dirname, '<dir>');
const linked = require('./fixtures/links/app/main.js').linked;
console.log(rel(linked.file), linked.peer);
console.log(rel(require('./fixtures/links/file_link.js').file));
console.log(require('./fixtures/links/file_link.js') === linked);
console.log(Object.keys(require.cache).filter((k) => k.includes('links')).map(rel));
for (const env of [{ NODE_PRESERVE_SYMLINKS: '1' }, {}]) {
  const child = spawnSync(process.execPath, ['fixtures/links/print.js'], {
    env: { ...process.env, ...env }, encoding: 'utf8',
  });
  console.log(JSON.stringify(env), child.status, rel(child.stdout), rel(child.stderr));
}
try {
  require('./fixtures/errors/loop.js');
} catch (e) {
  console.log(e.code, rel(e.message.split('\n')[0]));
}
