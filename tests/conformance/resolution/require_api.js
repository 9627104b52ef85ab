// require and module in full: require.resolve with { paths },
// require.resolve.paths, require.cache (deleting an entry reloads),
// require.main, module.id/filename/loaded/parent/children/paths/path.
const rel = (p) => (typeof p === 'string' ? p.replace(__dirname, '<dir>') : p);
console.log(Object.keys(require), typeof require.resolve.paths);
console.log(require.main === module, module.id, rel(module.filename), rel(module.path));
console.log(module.loaded, module.parent, module.children.length);
console.log(module.paths.filter((p) => p.startsWith(__dirname)).map(rel));
console.log(require.extensions === require('module')._extensions,
  require.cache === require('module')._cache);

const counter = require('./fixtures/api/counter.js');
console.log(counter.loads, require('./fixtures/api/counter.js') === counter);
const child = module.children.find((m) => m.filename.endsWith('counter.js'));
console.log(rel(child.id), child.loaded, child.parent === module, rel(child.path));
console.log(child.exports === counter, child.children.length, child.paths.length > 0);
console.log(counter.seen);
delete require.cache[require.resolve('./fixtures/api/counter.js')];
const again = require('./fixtures/api/counter.js');
console.log(again.loads, again === counter);

// resolve with paths: bare names from each path's node_modules, relative
// names from each path itself.
const fx = `${__dirname}/fixtures`;
console.log(rel(require.resolve('plain-main', { paths: [`${fx}/nested/deeper`] })));
console.log(rel(require.resolve('plain-main', { paths: [fx] })));
console.log(rel(require.resolve('./api/counter', { paths: [fx] })));
console.log(require.resolve('fs'), require.resolve('node:fs'));
console.log(require.resolve.paths('fs'), require.resolve.paths('./x').map(rel));
console.log(require.resolve.paths('plain-main').filter((p) => p.startsWith(__dirname)).map(rel));
console.log(module.loaded, require.main.loaded);
setImmediate(() => console.log('after:', module.loaded));
