// node-flags: --no-warnings
// Docs, "This option also allows the script or function to load user
// modules" (CommonJS variant); fixtures/test.mjs and fixtures/test.json
// are written beforehand.
const { Script, constants, compileFunction } = require('node:vm');

// Compile a script that loads test.mjs and then test.json
// as if the script is placed in the same directory.
const script = new Script(
  `(async function() {
    const { filename } = await import('./test.mjs');
    return import(filename, { with: { type: 'json' } })
  })();`,
  {
    filename: `${__dirname}/fixtures/test-with-default.js`,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });

// { default: { hello: 'world' } }
script.runInThisContext().then(console.log);

// The same from a function, with a file: URL as its file name.
const fn = compileFunction('return import("./test.json", { with: { type: "json" } })', [], {
  filename: `file://${__dirname}/fixtures/fn.js`,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
fn().then((ns) => console.log('function:', ns.default));
