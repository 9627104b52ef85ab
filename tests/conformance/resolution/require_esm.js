// require() of ES modules as Node 26 allows it: the namespace (with
// __esModule for a module with a default export), "module.exports" as an
// export name, .mjs and "type": "module" files; ERR_REQUIRE_ASYNC_MODULE
// for a graph with top-level await.
const show = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message.replaceAll(__dirname, '<dir>'));
  }
};
const req = require('node:module').createRequire(`${__dirname}/fixtures/x.js`);
show(() => req('type-module'));
show(() => req('type-module').default);
show(() => req('type-module/legacy.cjs'));
show(() => req('esm-only'));
show(() => req('esm-with-default'));
show(() => req('esm-with-default').default());
show(() => req('esm-module-exports'));
show(() => req('esm-esmodule'));
show(() => req('type-commonjs/esm.mjs'));
show(() => req('exp-cond'));
show(() => req('type-module/tla.js'));
show(() => req('type-module/deep-tla.js'));
// The same namespace each time; the module is in require.cache.
console.log(req('type-module') === req('type-module'));
const key = req.resolve('type-module');
console.log(require.cache[key].loaded, typeof require.cache[key].exports);
