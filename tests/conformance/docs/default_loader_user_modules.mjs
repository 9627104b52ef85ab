// node-flags: --no-warnings
// Docs, "This option also allows the script or function to load user
// modules" (ES module variant); fixtures/test.mjs and fixtures/test.json
// are written beforehand.
import { Script, constants } from 'node:vm';

// Compile a script that loads test.mjs and then test.json
// as if the script is placed in the same directory.
const script = new Script(
  `(async function() {
    const { filename } = await import('./test.mjs');
    return import(filename, { with: { type: 'json' } })
  })();`,
  {
    filename: `${import.meta.dirname}/fixtures/test-with-default.js`,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });

// { default: { hello: 'world' } }
script.runInThisContext().then(console.log);
