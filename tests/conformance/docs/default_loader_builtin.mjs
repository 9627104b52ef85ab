// node-flags: --no-warnings
// Docs, "When importModuleDynamically is vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER"
// (ES module variant), with node:events for node:fs.
import { Script, constants } from 'node:vm';

const script = new Script(
  'import("node:events").then(({EventEmitter}) => EventEmitter instanceof Function)',
  { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });

// false: the module loaded from the main context is not an instance of
// the Function class of the new context.
script.runInNewContext().then(console.log);
