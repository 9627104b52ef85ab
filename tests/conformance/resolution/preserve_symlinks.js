// node-flags: --preserve-symlinks
// jsvm-flags: --preserve-symlinks
// --preserve-symlinks: a module reached through a symbolic link keeps the
// link's path (and looks for its own requires from there); the main
// module is still resolved to its real path.
const linked = require('./fixtures/links/app/main.js').linked;
console.log(linked.file.replace(__dirname, '<dir>'), linked.peer);
console.log(require.resolve('./fixtures/links/file_link.js').replace(__dirname, '<dir>'));
