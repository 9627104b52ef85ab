// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// Docs, "This option also allows the script or function to load user
// modules" (ES module variant), verbatim; the exit listener at the end
// removes the files it writes.
import { Script, constants } from 'node:vm';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';

// Write test.js and test.txt to the directory where the current script
// being run is located.
writeFileSync(resolve(import.meta.dirname, 'test.mjs'),
              'export const filename = "./test.json";');
writeFileSync(resolve(import.meta.dirname, 'test.json'),
              '{"hello": "world"}');

// Compile a script that loads test.mjs and then test.json
// as if the script is placed in the same directory.
const script = new Script(
  `(async function() {
    const { filename } = await import('./test.mjs');
    return import(filename, { with: { type: 'json' } })
  })();`,
  {
    filename: resolve(import.meta.dirname, 'test-with-default.js'),
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });

// { default: { hello: 'world' } }
script.runInThisContext().then(console.log);

import { rmSync } from 'node:fs';
process.on('exit', () => {
  rmSync(resolve(import.meta.dirname, 'test.mjs'));
  rmSync(resolve(import.meta.dirname, 'test.json'));
});
