// jsvm: node:module. Its export is the CommonJS loader's Module class
// (internal/cjs_loader.js), with Node's static helpers on it.
// Body of a function (module, exports, internals, require).
'use strict';

const { Module } = require('internal/modules/cjs/loader');
const resolver = require('internal/modules/esm/resolve');

Module.builtinModules = Object.freeze(Object.keys(resolver.host.builtins).sort());

Module.isBuiltin = function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  return resolver.isBuiltinName(id.startsWith('node:') ? id.slice(5) : id);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};

module.exports = Module;
