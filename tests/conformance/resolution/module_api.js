// node:module: createRequire, builtinModules, isBuiltin, and the Module
// class tools patch: _extensions (require hooks), _resolveFilename,
// _load, wrap/wrapper, prototype._compile (require-from-string),
// _nodeModulePaths, _findPath, _cache.
const Module = require('node:module');
const path = require('node:path');
console.log(typeof Module, Module === Module.Module, Module === require('module'));
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('nope'),
  Module.isBuiltin('node:nope'), Module.isBuiltin(42));
console.log(['fs', 'path', 'vm', 'module', 'util'].every((m) => Module.builtinModules.includes(m)));
console.log(Module._nodeModulePaths('/a/node_modules/b/c'));
console.log(Module._nodeModulePaths('/'));
console.log(Module.wrap('x'));
console.log(Module.wrapper.length);

// createRequire from a path, a file: URL string, a folder with a slash.
const fx = path.join(__dirname, 'fixtures');
console.log(Module.createRequire(`${fx}/x.js`)('plain-main').name);
console.log(Module.createRequire(`file://${fx}/x.js`)('index-only').name);
console.log(Module.createRequire(`${fx}/`)('exp-string').name);
for (const bad of ['relative/x.js', 42]) {
  try {
    Module.createRequire(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}

// A require hook for a new extension.
Module._extensions['.txt'] = (module, filename) => {
  module.exports = `text of ${path.basename(filename)}`;
};
console.log(require('./fixtures/module_api/hello.txt'));
console.log(require('./fixtures/module_api/hello'));
delete Module._extensions['.txt'];

// A hook that wraps the .js compiler.
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith('upper.js')) content = content.replace('lower', 'UPPER');
  return compile.call(this, content, filename);
};
console.log(require('./fixtures/module_api/upper.js'));
Module.prototype._compile = compile;

// require-from-string.
const m = new Module(path.join(fx, 'virtual.js'), module);
m.filename = m.id;
m.paths = Module._nodeModulePaths(fx);
m._compile("module.exports = { plain: require('plain-main').name, file: __filename };", m.id);
console.log(m.exports.plain, m.exports.file === m.id);

// _resolveFilename: an alias.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'alias') request = './fixtures/module_api/upper.js';
  return resolveFilename.call(this, request, ...rest);
};
console.log(require('alias'));
Module._resolveFilename = resolveFilename;

// _load: a mock.
const load = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'mocked') return { mocked: true, parentIsThis: parent === module, isMain };
  return load.call(this, request, parent, isMain);
};
console.log(require('mocked'));
Module._load = load;

// A patched wrapper takes effect for files loaded afterwards.
const wrapper0 = Module.wrapper[0];
Module.wrapper[0] = `${wrapper0}const injected = 'by wrapper';`;
console.log(require('./fixtures/module_api/wrapped.js'));
Module.wrapper[0] = wrapper0;
const wrap = Module.wrap;
Module.wrap = (script) => wrap(`const injected = 'by wrap';${script}`);
delete require.cache[require.resolve('./fixtures/module_api/wrapped.js')];
console.log(require('./fixtures/module_api/wrapped.js'));
Module.wrap = wrap;

// _findPath and _cache.
console.log(Module._findPath('plain-main', [path.join(fx, 'node_modules')]).replace(__dirname, '<dir>'));
console.log(Module._findPath('nope', [fx]));
console.log(Object.keys(Module._cache).some((k) => k.endsWith('upper.js')));
