// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// USE_MAIN_CONTEXT_DEFAULT_LOADER resolves relative to the code's file
// name (a path or a file: URL), for scripts and functions, in the main
// context and in a new one.
const { Script, constants, compileFunction } = require('node:vm');

const script = new Script(
  `(async function() {
    const { filename } = await import('./test.mjs');
    return import(filename, { with: { type: 'json' } })
  })();`,
  {
    filename: `${__dirname}/fixtures/test-with-default.js`,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
script.runInThisContext().then((ns) => console.log('script:', ns));

const fn = compileFunction('return import("./test.json", { with: { type: "json" } })', [], {
  filename: `file://${__dirname}/fixtures/fn.js`,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
fn().then((ns) => console.log('function:', ns.default));

const builtin = new Script(
  'import("node:events").then(({EventEmitter}) => EventEmitter instanceof Function)',
  { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
builtin.runInNewContext().then((v) => console.log('new context:', v));
builtin.runInThisContext().then((v) => console.log('main context:', v));
