// jsvm: the CommonJS loader, as Node 26's lib/internal/modules/cjs/loader.js
// behaves: `Module` with its static and prototype methods (which tools
// patch, so each step goes through them), `require`, node_modules lookup,
// package.json "main"/"exports"/"imports", self-reference, extension and
// directory probing, real paths, NODE_PATH, JSON, require(esm) and module
// syntax detection for ambiguous files.
// Body of a function (module, exports, internals, require).
'use strict';

const path = require('path');
const { codes, validateString } = require('internal/errors');
const { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE } = codes;
const resolver = require('internal/modules/esm/resolve');
const {
  host, stat, realpath, readPackage, getNearestParentPackageJSON, packageExportsResolve,
  packageImportsResolve, isBuiltinName, pathToFileURL, fileURLToPath, cjsConditions,
} = resolver;
const esm = () => require('internal/modules/esm/loader');

// Per-module state Node keeps in symbols: the parent, whether it is the
// main module, whether it runs now, whether the ES module loader made it.
const moduleParentCache = new WeakMap();
const isMainModule = new WeakSet();
const executing = new WeakSet();
const cachedByESMLoader = new WeakSet();
const requiredESM = new WeakMap();

let requireDepth = 0;

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Object.defineProperty(Module.prototype, 'parent', {
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
  enumerable: false,
  configurable: true,
});
Object.defineProperty(Module.prototype, 'isPreloading', {
  get() { return false; },
  enumerable: false,
  configurable: true,
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.Module = Module;

// ----- search paths -----------------------------------------------------------
let modulePaths = [];

Module._initPaths = function () {
  const env = host.process.env;
  const homeDir = env.HOME;
  const nodePath = env.NODE_PATH;
  const prefixDir = path.resolve(host.process.execPath ?? '/', '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(':').filter((p) => !!p).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

// The node_modules folders from `from` up to the root, skipping folders
// that are themselves named node_modules.
Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let last = from.length;
  for (let i = from.length - 1; i >= 0; --i) {
    if (from[i] === '/') {
      const segment = from.slice(i + 1, last);
      if (segment !== 'node_modules') paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
    }
  }
  paths.push('/node_modules');
  return paths;
};

const isRelative = (r) => r.startsWith('./') || r.startsWith('../') || r === '.' || r === '..';

Module._resolveLookupPaths = function (request, parent) {
  if (normalizeRequirableId(request)) return null;
  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent?.paths?.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

// ----- options ------------------------------------------------------------------
function hasOption(name) {
  return host.process.execArgv.includes(name);
}
const preserveSymlinks = () => hasOption('--preserve-symlinks') ||
  host.process.env.NODE_PRESERVE_SYMLINKS === '1';
const preserveSymlinksMain = () => hasOption('--preserve-symlinks-main');

// ----- probing --------------------------------------------------------------------
Module._stat = stat;

function toRealPath(requestPath) {
  return realpath(requestPath);
}

function tryFile(requestPath, isMain) {
  if (Module._stat(requestPath) !== 0) return false;
  if (isMain ? preserveSymlinksMain() : preserveSymlinks()) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(path.resolve(requestPath, 'package.json'));
  const main = pkg.exists ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the ` +
                            'package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    host.process.emitWarning(
      `Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

function createEsmNotFoundErr(request, p) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (p) err.path = p;
  return err;
}

// A path from "exports"/"imports" must name an existing file.
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  if (/%2f|%5c/i.test(resolved)) {
    throw codes.ERR_INVALID_MODULE_SPECIFIER(
      resolved, 'must not include encoded "/" or "\\" characters', parentPath);
  }
  if (resolved.startsWith('node:')) return resolved;
  const actual = tryFile(resolved);
  if (actual) return actual;
  throw createEsmNotFoundErr(resolved, path.resolve(pkgPath, 'package.json'));
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// A bare request inside node_modules folder `nmPath` through the
// package's "exports".
function resolveExports(nmPath, request, conditions) {
  const m = EXPORTS_PATTERN.exec(request);
  if (!m) return undefined;
  const [, name, expansion = ''] = m;
  const pkgPath = path.resolve(nmPath, name);
  const pkg = readPackage(`${pkgPath}/package.json`);
  if (pkg.exists && pkg.exports != null) {
    try {
      return finalizeEsmResolution(
        packageExportsResolve(pkg, `.${expansion}`, undefined, conditions), null, pkgPath);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, `${pkgPath}/package.json`);
      }
      throw e;
    }
  }
  return undefined;
}

Module._findPath = function (request, paths, isMain, conditions = cjsConditions) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  let insidePath = true;
  if (isRelative(request) && path.normalize(request).startsWith('..')) insidePath = false;

  for (const curPath of paths) {
    if (insidePath && curPath && Module._stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request, conditions);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = Module._stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (isMain ? preserveSymlinksMain() : preserveSymlinks()) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// ----- resolution ---------------------------------------------------------------
// The id of a built-in the request names, or undefined.
function normalizeRequirableId(id) {
  if (id.startsWith('node:')) {
    return isBuiltinName(id.slice(5)) ? id : undefined;
  }
  return isBuiltinName(id) ? id : undefined;
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    return `${host.process.cwd()}/`;
  }
  return false;
}

function trySelf(parentPath, request, conditions) {
  if (!parentPath) return false;
  const pkg = getNearestParentPackageJSON(parentPath);
  if (pkg?.exports === undefined || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) {
    expansion = '.';
  } else if (request.startsWith(`${pkg.name}/`)) {
    expansion = `.${request.slice(pkg.name.length)}`;
  } else {
    return false;
  }
  try {
    return finalizeEsmResolution(
      packageExportsResolve(pkg, expansion, parentPath, conditions), parentPath,
      path.dirname(pkg.pjsonPath));
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkg.pjsonPath);
    throw e;
  }
}

function getRequireStack(parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  return requireStack;
}

Module._resolveFilename = function (request, parent, isMain, options) {
  if (normalizeRequirableId(request)) return request;
  const conditions = options?.conditions || cjsConditions;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          for (const lookup of Module._resolveLookupPaths(request, fakeParent)) {
            if (!paths.includes(lookup)) paths.push(lookup);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const parentPath = trySelfParentPath(parent);
  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const pkg = getNearestParentPackageJSON(parentPath);
    if (pkg?.imports != null) {
      try {
        return finalizeEsmResolution(packageImportsResolve(request, parentPath, conditions),
                                     parentPath, path.dirname(pkg.pjsonPath));
      } catch (e) {
        if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw e;
      }
    }
  }

  const selfResolved = trySelf(parentPath, request, conditions);
  if (selfResolved) {
    const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain, conditions);
  if (filename) return filename;
  const requireStack = getRequireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ----- loading --------------------------------------------------------------------
const relativeResolveCache = { __proto__: null };

function emitCircularRequireWarning(prop) {
  host.process.emitWarning(`Accessing non-existent property '${String(prop)}' of module ` +
                           'exports inside circular dependency');
}

// The prototype the partial exports of a module in a cycle get: reading a
// property they lack warns.
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    if (prop in Object.prototype || prop === '__esModule') return Object.prototype[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(Object.prototype, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(Object.prototype, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const esmRecord = requiredESM.get(module);
  if (esmRecord && esmRecord.status !== 'evaluated') {
    let message = `Cannot require() ES Module ${module.id} in a cycle.`;
    const parent = moduleParentCache.get(module);
    if (parent) message += ` (from ${parent.filename})`;
    message += ' A cycle involving require(esm) is not allowed to maintain ' +
      'invariants mandated by the ECMAScript specification. ' +
      'Try making at least part of the dependency in the graph lazily loaded.';
    throw codes.ERR_REQUIRE_CYCLE_MODULE(message);
  }
  const exports = module.exports;
  if (exports && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

function loadBuiltin(id) {
  return host.builtins[id]();
}

Module._load = function (request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!isBuiltinName(id)) throw ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    if (!cachedByESMLoader.has(cachedModule)) return getExportsForCircularRequire(cachedModule);
    // Made by the ES module loader and not run yet: run it now.
    cachedByESMLoader.delete(cachedModule);
  }
  if (filename.startsWith('node:')) return loadBuiltin(filename.slice(5));
  if (isBuiltinName(filename)) return loadBuiltin(filename);

  const module = cachedModule || new Module(filename, parent);
  if (!cachedModule) {
    if (isMain) {
      host.process.mainModule = module;
      mainModule = module;
      module.id = '.';
      isMainModule.add(module);
    }
    Module._cache[filename] = module;
  }
  if (parent !== undefined) relativeResolveCache[relResolveCacheIdentifier] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && typeof module.exports === 'object' &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function (filename) {
  this.filename ??= filename;
  this.paths ??= Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  validateString(id, 'id');
  if (id === '') throw ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// ----- compiling ----------------------------------------------------------------------
const wrapperText = ['(function (exports, require, module, __filename, __dirname) { ',
  '\n});'];
let patched = false;
let wrap = function (script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
let wrapperProxy = new Proxy(wrapperText, {
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
  enumerable: true,
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
  enumerable: true,
  configurable: true,
});

const WRAPPER_PARAMS = ['exports', 'require', 'module', '__filename', '__dirname'];

function stripShebang(source) {
  return source.startsWith('#!') ? `//${source.slice(2)}` : source;
}

// Whether the text has statements of module syntax (`import`/`export` at
// the start of a line), which makes Node report the ES module parser's
// error rather than the CommonJS one.
const moduleSyntaxRegExp = /(^|[\n;])\s*(import\s*[\w{*'"]|export\s*[\w{*]|import\.meta\b)/;

// Compiles the CommonJS wrapper of `content`. For an ambiguous file
// (`format` undefined) that fails to compile as CommonJS but compiles as
// an ES module, { canParseAsESM: true }.
function wrapSafe(filename, content, cjsModuleInstance, format) {
  if (patched) {
    const vm = loadBuiltin('vm');
    const script = new vm.Script(Module.wrap(content), {
      filename,
      importModuleDynamically: (specifier, _script, attributes) =>
        esm().importFrom(`${specifier}`, filename, attributes),
    });
    return { function: script.runInThisContext({ displayErrors: true }) };
  }
  const source = stripShebang(content);
  const compile = () => {
    const fn = host.natives.compileFunction(source, filename, WRAPPER_PARAMS);
    setImporter(fn, filename);
    return { function: fn };
  };
  if (format !== undefined) return compile();
  try {
    return compile();
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
  }
  // Not CommonJS: an ES module if it compiles as one. Errors are thrown
  // by compiling again outside a catch, so that they keep their place.
  try {
    esm().compileForDetection(content, filename);
    return { canParseAsESM: true };
  } catch {}
  if (moduleSyntaxRegExp.test(source)) esm().compileForDetection(content, filename);
  return compile();
}

// import() in CommonJS code goes to the ES module loader (loaded then).
function setImporter(fn, filename) {
  const vm = internals.vm;
  vm.setHostDefined(fn, vm.importReferrer(
    (specifier, _referrer, attributes) => esm().importFrom(`${specifier}`, filename, attributes),
    undefined));
}

Module.prototype._compile = function (content, filename, format) {
  let compiledWrapper;
  if (format !== 'module') {
    const result = wrapSafe(filename, content, this, format);
    compiledWrapper = result.function;
    if (result.canParseAsESM) format = 'module';
  }
  if (format === 'module') {
    loadESMFromCJS(this, filename, format, content);
    return undefined;
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  executing.add(this);
  const result = Reflect.apply(compiledWrapper, exports,
                               [exports, require, this, filename, dirname]);
  executing.delete(this);
  return result;
};

function loadESMFromCJS(mod, filename, format, source) {
  if (isMainModule.has(mod)) {
    esm().runMainESM(filename, source);
    host.process.mainModule = undefined;
    return;
  }
  const { namespace, record } = esm().requireESM(filename, source, moduleParentCache.get(mod));
  requiredESM.set(mod, record);
  if (namespace['module.exports'] !== undefined) {
    mod.exports = namespace['module.exports'];
  } else if (!Object.prototype.hasOwnProperty.call(namespace, 'default') ||
             Object.prototype.hasOwnProperty.call(namespace, '__esModule')) {
    mod.exports = namespace;
  } else {
    mod.exports = esm().requiredModuleFacade(record);
  }
}

function readSource(filename) {
  return host.natives.readFile(filename);
}

Module._extensions['.js'] = function (module, filename) {
  let format;
  if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (filename.endsWith('.js') || path.extname(filename) === '') {
    const type = getNearestParentPackageJSON(filename)?.type;
    if (type === 'module' || type === 'commonjs') format = type;
  }
  module._compile(readSource(filename), filename, format);
};

Module._extensions['.json'] = function (module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

// Native addons need a Node ABI jsvm does not have.
Module._extensions['.node'] = function (module, filename) {
  throw codes.ERR_DLOPEN_FAILED(
    `Cannot load native addon ${filename}: jsvm does not run Node-API or V8 native addons`);
};

// ----- require ----------------------------------------------------------------------
let mainModule;

function makeRequireFunction(mod) {
  const ModuleCtor = mod.constructor;
  const require = function require(p) {
    return mod.require(p);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return ModuleCtor._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return ModuleCtor._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.main = host.process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function createRequireFromPath(filename) {
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

function createRequire(filename) {
  let filepath;
  const href = typeof filename === 'object' && filename !== null &&
    typeof filename.href === 'string' && typeof filename.protocol === 'string' ?
    filename.href : undefined;
  if (href !== undefined || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    const url = href ?? filename;
    if (!url.startsWith('file:')) {
      throw ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
    filepath = fileURLToPath(url);
  } else if (typeof filename !== 'string') {
    throw ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}
Module.createRequire = createRequire;

// Node's executeUserEntryPoint: the program's file, as an ES module or
// through Module._load.
function runMain(main) {
  const resolvedMain = Module._findPath(path.resolve(main), null, true);
  // A main file that is not found is Module._load's error, as in Node.
  if (resolvedMain && shouldUseESMLoader(resolvedMain)) {
    esm().runMainESM(resolvedMain);
    return;
  }
  Module._load(main, null, true);
}

function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  return getNearestParentPackageJSON(mainPath)?.type === 'module';
}
Module.runMain = function (main = host.process.argv[1]) {
  runMain(main);
};

// `-r`/`--require` modules: required by a module named internal/preload
// that resolves from the working directory.
Module._preloadModules = function (requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(host.process.cwd());
  for (const request of requests) parent.require(request);
};

// For the ES module loader: a CommonJS module it loads.
function loadCJSForESM(filename) {
  let module = Module._cache[filename];
  if (module !== undefined) {
    return module;
  }
  module = new Module(filename, undefined);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(module.path);
  Module._cache[filename] = module;
  cachedByESMLoader.add(module);
  return module;
}

function runCJSForESM(module) {
  if (!cachedByESMLoader.has(module)) return module.exports;
  cachedByESMLoader.delete(module);
  const filename = module.filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
}

module.exports = {
  Module,
  createRequire,
  runMain,
  makeRequireFunction,
  isESMFile: shouldUseESMLoader,
  loadCJSForESM,
  runCJSForESM,
  normalizeRequirableId,
  isExecuting: (m) => executing.has(m),
  get requireDepth() { return requireDepth; },
  pathToFileURL,
};
