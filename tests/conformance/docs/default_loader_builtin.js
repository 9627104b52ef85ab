// node-flags: --no-warnings
// jsvm-flags: --no-warnings
// Docs, "When importModuleDynamically is vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER"
// (CommonJS variant), verbatim.
const { Script, constants } = require('node:vm');
const script = new Script(
  'import("node:fs").then(({readFile}) => readFile instanceof Function)',
  { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });

// false: URL loaded from the main context is not an instance of the Function
// class in the new context.
script.runInNewContext().then(console.log);
