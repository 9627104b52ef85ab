// jsvm: the ES module loader, on node:vm's modules (the engine's module
// records). ES modules are SourceTextModules named by their file: URL;
// built-ins, JSON and CommonJS modules are SyntheticModules (a CommonJS
// module's named exports are the names cjs_lexer.js finds). A graph is
// loaded, linked and instantiated synchronously (the files are read
// synchronously), so that require(esm) can use it; evaluation is the
// engine's. Node 26's formats: .mjs and "type": "module" are ES modules,
// .cjs and "type": "commonjs" CommonJS, a .js or extensionless file with
// no "type" is an ES module when it only compiles as one (module syntax
// detection), .json needs `with { type: 'json' }`.
// Body of a function (module, exports, internals, require).
'use strict';

const path = require('path');
const { codes } = require('internal/errors');
const {
  ERR_UNKNOWN_FILE_EXTENSION, ERR_IMPORT_ATTRIBUTE_MISSING, ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE, ERR_REQUIRE_ASYNC_MODULE, ERR_REQUIRE_CYCLE_MODULE,
} = codes;
const resolver = require('internal/modules/esm/resolve');
const {
  host, esmResolve, pathToFileURL, fileURLToPath, getNearestParentPackageJSON,
  isRelativeSpecifier,
} = resolver;
const parseCJS = (source) => require('internal/modules/cjs/lexer').parseCJS(source);
const cjs = () => require('internal/modules/cjs/loader');
const vmBinding = internals.vm;
let vmModule;
// The module classes as the host's loader makes them (without
// --experimental-vm-modules, where ext/vm/vm.js offers them as
// `internals.vmModules`), else node:vm's own.
const vm = () => (vmModule ??= (require('vm'), internals.vmModules ?? require('vm')));

// Loaded modules by key (`node:name`, or a path with its ?query/#hash) and
// import attribute type: { module, format, key, url }.
const moduleMap = new Map();
// Modules compiled while detecting the format of an ambiguous file.
const detected = new Map();

// ----- formats ------------------------------------------------------------------
function stripShebang(source) {
  return source.startsWith('#!') ? `//${source.slice(2)}` : source;
}

function compileModule(source, filename, url) {
  const { SourceTextModule } = vm();
  return new SourceTextModule(stripShebang(source), {
    identifier: url,
    initializeImportMeta(meta) {
      initializeImportMeta(meta, filename, url);
    },
    importModuleDynamically: (specifier, _referrer, attributes) =>
      importFrom(`${specifier}`, filename, attributes),
  });
}

// For the CommonJS loader: compiles an ambiguous file as an ES module (it
// did not compile as CommonJS); throws the module's syntax error.
function compileForDetection(source, filename) {
  const m = compileModule(source, filename, pathToFileURL(filename));
  detected.set(filename, { source, module: m });
  return m;
}

function takeDetected(filename, source) {
  const d = detected.get(filename);
  detected.delete(filename);
  return d !== undefined && d.source === source ? d.module : undefined;
}

// Whether an ambiguous file is an ES module: it fails to compile as
// CommonJS and compiles as a module.
function containsModuleSyntax(source, filename) {
  try {
    host.natives.compileFunction(stripShebang(source), filename,
                                 ['exports', 'require', 'module', '__filename', '__dirname']);
    return false;
  } catch (e) {
    if (!(e instanceof SyntaxError)) return false;
  }
  try {
    compileForDetection(source, filename);
    return true;
  } catch {
    return false;
  }
}

function warnTypeless(filename, url) {
  const pkg = getNearestParentPackageJSON(filename);
  if (pkg === undefined || filename.includes('/node_modules/')) return;
  host.process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance ' +
    `overhead.\nTo eliminate this warning, add "type": "module" to ${pkg.pjsonPath}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

// Node's defaultGetFormat for a file.
function getFormat(filename, url, source) {
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const type = getNearestParentPackageJSON(filename)?.type;
    if (type === 'module' || type === 'commonjs') return type;
    if (containsModuleSyntax(source(), filename)) {
      warnTypeless(filename, url);
      return 'module';
    }
    return 'commonjs';
  }
  throw ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

function validateAttributes(url, format, attributes) {
  for (const key of Object.keys(attributes)) {
    if (key !== 'type') throw ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key], url);
  }
  const type = attributes.type;
  if (format === 'json') {
    if (type === 'json') return;
    if (!Object.prototype.hasOwnProperty.call(attributes, 'type')) {
      throw ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', 'json');
    }
  } else if (type === undefined) {
    return;
  }
  if (type !== 'json') throw ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  throw ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
}

// ----- making modules -----------------------------------------------------------
function syntheticOf(names, evaluate, url) {
  const { SyntheticModule } = vm();
  const m = new SyntheticModule(names, function () { evaluate(m); }, { identifier: url });
  return m;
}

// The names a CommonJS module exports, with those of the modules it
// re-exports (resolved as require() would, from its own folder).
function cjsExportNames(filename, source, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let result;
  try {
    result = parseCJS(source);
  } catch {
    return names;
  }
  for (const name of result.exports) names.add(name);
  if (result.reexports.length > 0) {
    const { Module } = cjs();
    for (const specifier of result.reexports) {
      let resolved;
      try {
        const parent = new Module(filename, null);
        parent.filename = filename;
        parent.paths = Module._nodeModulePaths(path.dirname(filename));
        resolved = Module._resolveFilename(specifier, parent, false);
      } catch {
        continue;
      }
      const ext = path.extname(resolved);
      if (resolved.startsWith('node:') || cjs().normalizeRequirableId(resolved)) continue;
      if (ext !== '.js' && ext !== '.cjs' && ext !== '') continue;
      let text;
      try {
        text = host.natives.readFile(resolved);
      } catch {
        continue;
      }
      for (const name of cjsExportNames(resolved, text, seen)) names.add(name);
    }
  }
  return names;
}

function builtinModule(key) {
  const exports = host.builtins[key.slice(5)]();
  const names = ['default', ...Object.keys(exports).filter((k) => k !== 'default')];
  const m = syntheticOf(names, (self) => {
    for (const name of names) self.setExport(name, name === 'default' ? exports : exports[name]);
  }, key);
  builtinRecords.push({ module: m, exports, names });
  return m;
}
const builtinRecords = [];

// Node's module.syncBuiltinESMExports(): named exports of the built-ins
// imported so far take the current values of their properties.
function syncBuiltinESMExports() {
  for (const { module: m, exports, names } of builtinRecords) {
    if (m.status !== 'evaluated') continue;
    for (const name of names) {
      if (name !== 'default') m.setExport(name, exports[name]);
    }
  }
}

// `knownSource`: the text the CommonJS loader gave (require hooks may
// have changed it), else the file's.
function makeModule(key, format, url, filename, knownSource) {
  switch (format) {
    case 'module': {
      const source = knownSource ?? host.natives.readFile(filename);
      return takeDetected(filename, source) ?? compileModule(source, filename, url);
    }
    case 'json': {
      // The same object as require() gives.
      const record = cjs().loadCJSForESM(filename);
      return syntheticOf(['default'], (self) => {
        self.setExport('default', cjs().runCJSForESM(record));
      }, url);
    }
    case 'commonjs': {
      const source = host.natives.readFile(filename);
      const names = ['default', 'module.exports'];
      for (const name of cjsExportNames(filename, source)) {
        if (!names.includes(name)) names.push(name);
      }
      const record = cjs().loadCJSForESM(filename);
      return syntheticOf(names, (self) => {
        const exports = cjs().runCJSForESM(record);
        for (const name of names) {
          if (name === 'default' || name === 'module.exports') continue;
          if (exports === null || (typeof exports !== 'object' && typeof exports !== 'function') ||
              !Object.prototype.hasOwnProperty.call(exports, name)) continue;
          let value;
          try {
            value = exports[name];
          } catch {}
          self.setExport(name, value);
        }
        self.setExport('default', exports);
        self.setExport('module.exports', exports);
      }, url);
    }
    default:
      throw ERR_UNKNOWN_FILE_EXTENSION(path.extname(filename), filename);
  }
}

// The record of the module at `key` (from esmResolve), made once per key
// and import attribute type.
function loadModule(key, attributes = {}, knownFormat, knownSource) {
  const type = attributes.type;
  const cacheKey = `${key}\0${type}`;
  const cached = moduleMap.get(cacheKey);
  if (cached) return cached;
  let record;
  if (key.startsWith('node:')) {
    validateAttributes(key, 'builtin', attributes);
    record = { module: builtinModule(key), format: 'builtin', key, url: key };
  } else {
    const m = /[?#]/.exec(key);
    const filename = m ? key.slice(0, m.index) : key;
    const url = pathToFileURL(filename) + (m ? key.slice(m.index) : '');
    const format = knownFormat ??
      getFormat(filename, url, () => knownSource ?? host.natives.readFile(filename));
    validateAttributes(url, format, attributes);
    record = {
      module: makeModule(key, format, url, filename, knownSource), format, key, url, filename,
    };
  }
  moduleMap.set(cacheKey, record);
  return record;
}

// Links the graph under `record` (loading every module it imports) and
// instantiates it.
function linkGraph(record) {
  const root = record.module;
  if (root.status !== 'unlinked') return;
  const visited = new Set();
  const graph = [];
  const visit = (rec) => {
    const m = rec.module;
    if (visited.has(m) || m.status !== 'unlinked' || rec.format !== 'module') return;
    visited.add(m);
    graph.push(rec);
    const deps = m.moduleRequests.map(({ specifier, attributes }) =>
      loadModule(resolveFrom(specifier, rec.filename), attributes));
    m.linkRequests(deps.map((d) => d.module));
    for (const d of deps) visit(d);
  };
  visit(record);
  if (record.format === 'module') {
    try {
      root.instantiate();
    } catch (e) {
      decorateLinkError(e, graph);
      throw e;
    }
  }
}

// V8's "does not provide an export named" about a CommonJS module, in
// Node's words, with the destructuring Node proposes when the line of the
// failing name holds the whole `{ ... }` of the import.
function decorateLinkError(e, graph) {
  if (!(e instanceof SyntaxError)) return;
  const match = /module '(.*)' does not provide an export named '(.+)'/.exec(e.message);
  if (!match) return;
  const [, childSpecifier, name] = match;
  let child;
  let line;
  for (const rec of graph) {
    if (child !== undefined) break;
    for (const { specifier, attributes } of rec.module.moduleRequests) {
      if (specifier !== childSpecifier) continue;
      try {
        child = loadModule(resolveFrom(specifier, rec.filename), attributes);
        line = importLine(rec.filename, childSpecifier, name);
      } catch {}
      break;
    }
  }
  if (child?.format !== 'commonjs') return;
  const head = `${e.name}: ${e.message}`;
  const braces = line === undefined ? null : /{.*}/.exec(line);
  const destructuring = braces && braces[0].replace(/\s+as\s+/g, ': ');
  e.message = `Named export '${name}' not found. The requested module '${childSpecifier}' ` +
    'is a CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:' +
    `\n\nimport pkg from '${childSpecifier}';\n` +
    `${destructuring ? `const ${destructuring} = pkg;\n` : ''}`;
  if (typeof e.stack === 'string' && e.stack.startsWith(head)) {
    e.stack = `${e.name}: ${e.message}${e.stack.slice(head.length)}`;
  }
}

// The source line where an import from `specifier` names `name`.
function importLine(filename, specifier, name) {
  const source = host.natives.readFile(filename);
  const quoted = [`'${specifier}'`, `"${specifier}"`];
  const re = /\bimport\s*{[^}]*}\s*from\s*(['"])[^'"]*\1/g;
  let m;
  while ((m = re.exec(source)) !== null) {
    if (!quoted.some((q) => m[0].endsWith(q))) continue;
    const braceStart = m.index + m[0].indexOf('{');
    const nameAt = source.slice(braceStart).search(new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}(?![\\w$])`));
    if (nameAt === -1) continue;
    const at = braceStart + nameAt;
    const start = source.lastIndexOf('\n', at) + 1;
    const end = source.indexOf('\n', at);
    return source.slice(start, end === -1 ? source.length : end);
  }
  return undefined;
}

// Resolution with Node's hint for a specifier the CommonJS rules would
// have found ("Did you mean to import ...?").
function resolveFrom(specifier, filename) {
  try {
    return esmResolve(specifier, filename, preserveSymlinks());
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND') {
      const found = resolveAsCommonJS(specifier, filename);
      if (found && found !== specifier) {
        const hint = `Did you mean to import ${JSON.stringify(found)}?`;
        error.message += `\n${hint}`;
        if (typeof error.stack === 'string') {
          const lines = error.stack.split('\n');
          error.stack = [lines[0], hint, ...lines.slice(1)].join('\n');
        }
      }
    }
    throw error;
  }
}

function resolveAsCommonJS(specifier, parent) {
  try {
    if (parent === undefined) return false;
    const { Module } = cjs();
    const tmp = new Module(parent, null);
    tmp.filename = parent;
    tmp.paths = Module._nodeModulePaths(path.dirname(parent));
    let found = Module._resolveFilename(specifier, tmp, false);
    if (isRelativeSpecifier(specifier)) {
      found = path.relative(path.dirname(parent), found);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (!specifier.startsWith('/') && !specifier.startsWith('file:')) {
      const i = specifier.indexOf('/');
      const pkg = i === -1 ? specifier : specifier.slice(0, i);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = `${pkg}/${found.slice(index + needle.length).split('/')
          .map(encodeURIComponent).join('/')}`;
      } else {
        found = pathToFileURL(found);
      }
    }
    return found;
  } catch {
    return false;
  }
}

const preserveSymlinks = () => host.process.execArgv.includes('--preserve-symlinks') ||
  host.process.env.NODE_PRESERVE_SYMLINKS === '1';

// ----- import.meta ----------------------------------------------------------------------
function initializeImportMeta(meta, filename, url) {
  meta.dirname = path.dirname(filename);
  meta.filename = filename;
  meta.main = filename === mainPath;
  meta.resolve = function resolve(specifier) {
    try {
      const key = esmResolve(`${specifier}`, filename, preserveSymlinks());
      return key.startsWith('node:') ? key : pathToFileURL(key);
    } catch (error) {
      if ((error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT' ||
           error?.code === 'ERR_MODULE_NOT_FOUND') && error.url) {
        return error.url;
      }
      throw error;
    }
  };
  meta.url = url;
}

// ----- import() and require(esm) -------------------------------------------------------
const evaluations = new WeakMap();
// Evaluations not settled yet.
const inFlight = new Set();

function evaluate(m) {
  let p = evaluations.get(m);
  if (p === undefined) {
    if (m.status === 'evaluating') {
      // A module of a graph whose evaluation waits (top-level await):
      // ready when the graphs under way are.
      p = Promise.allSettled([...inFlight]).then(() => m.evaluate());
    } else {
      p = m.evaluate();
    }
    evaluations.set(m, p);
    inFlight.add(p);
    const done = () => inFlight.delete(p);
    p.then(done, done);
  }
  return p;
}

async function importRecord(record) {
  linkGraph(record);
  try {
    await evaluate(record.module);
  } catch (e) {
    decorateEvaluationError(e, record);
    throw e;
  }
  return record.module.namespace;
}

// Node's hint on a ReferenceError for a CommonJS name (`require is not
// defined`) in an ES module graph started at `record`.
const commonJSGlobals = ['module', 'exports', 'require', '__filename', '__dirname'];
function decorateEvaluationError(e, record) {
  if (e?.name !== 'ReferenceError' || typeof e.message !== 'string' ||
      !commonJSGlobals.some((name) => e.message === `${name} is not defined`)) return;
  const head = `${e.name}: ${e.message}`;
  e.message += ' in ES module scope';
  if (e.message.startsWith('require ')) e.message += ', you can use import instead';
  if (record.filename?.endsWith('.js')) {
    const pkg = getNearestParentPackageJSON(record.filename);
    if (pkg?.type === 'module') {
      e.message += '\nThis file is being treated as an ES module because it has a \'.js\' ' +
        `file extension and '${pkg.pjsonPath}' contains "type": "module". To treat it as a ` +
        'CommonJS script, rename it to use the \'.cjs\' file extension.';
    }
  }
  if (typeof e.stack === 'string' && e.stack.startsWith(head)) {
    e.stack = `${e.name}: ${e.message}${e.stack.slice(head.length)}`;
  }
}

// import(specifier) from code of `base` (a path; the working directory
// when undefined).
async function importFrom(specifier, base, attributes = {}) {
  const record = loadModule(resolveFrom(specifier, base), attributes);
  return importRecord(record);
}

// require() of an ES module: the graph must not wait for anything
// (ERR_REQUIRE_ASYNC_MODULE); evaluated at once.
function requireESM(filename, source, parent) {
  const record = loadModule(filename, {}, 'module', source);
  const m = record.module;
  if (m.status === 'evaluating') {
    throw ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filename} in a cycle.` +
      `${parent?.filename ? ` (from ${parent.filename})` : ''} A cycle involving ` +
      'require(esm) is not allowed to maintain invariants mandated by the ECMAScript ' +
      'specification. Try making at least part of the dependency in the graph lazily loaded.');
  }
  linkGraph(record);
  if (m.status === 'linked' && m.hasAsyncGraph()) {
    throw ERR_REQUIRE_ASYNC_MODULE(filename, parent?.filename);
  }
  const p = evaluate(m);
  p.catch(() => {});
  if (m.status === 'errored') throw m.error;
  return { namespace: m.namespace, record: m };
}

// What require(esm) gives for a module with a default export and no
// __esModule: its names and default, with __esModule true.
function requiredModuleFacade(m) {
  const { SourceTextModule } = vm();
  const facade = new SourceTextModule(
    'export * from \'original\'; export { default } from \'original\'; ' +
    'export const __esModule = true;', { identifier: `${m.identifier}#facade` });
  facade.linkRequests([m]);
  facade.instantiate();
  facade.evaluate().catch(() => {});
  return facade.namespace;
}

// What node:vm's USE_MAIN_CONTEXT_DEFAULT_LOADER uses: `filename` is an
// absolute path or a file: URL; anything else resolves from the
// working directory.
function defaultImport(specifier, filename, attributes) {
  let base;
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    base = fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('/')) {
    base = filename;
  } else {
    base = `${host.process.cwd()}/[eval]`;
  }
  return importFrom(`${specifier}`, base, attributes);
}

// ----- the main module -------------------------------------------------------------
let mainPath;
let mainError;
// The main ES module while its evaluation has not settled.
let mainPending;

function runMainESM(filename, source) {
  mainPath = filename;
  let record;
  try {
    record = loadModule(filename, {}, source === undefined ? undefined : 'module', source);
    linkGraph(record);
  } catch (e) {
    failMain(e);
    return;
  }
  const main = record.module;
  mainPending = main;
  evaluate(main).then(() => { mainPending = undefined; }, (e) => {
    decorateEvaluationError(e, record);
    failMain(e);
  });
}

// Errors of the main ES module (or ES module eval code): V8 reports them
// where they were made (their stack's first frame), as rejections.
const mainErrors = new WeakSet();
function failMain(e) {
  mainPending = undefined;
  if (e !== null && (typeof e === 'object' || typeof e === 'function')) mainErrors.add(e);
  mainError = { e };
}

// A module made by the host (the `-e` program) run as the main module.
function runMainModule(m, filename, url) {
  const record = { module: m, format: 'module', key: filename, url, filename };
  try {
    linkGraph(record);
  } catch (e) {
    failMain(e);
    return;
  }
  mainPending = m;
  evaluate(m).then(() => { mainPending = undefined; }, (e) => {
    decorateEvaluationError(e, record);
    failMain(e);
  });
}

function takeMainError() {
  const error = mainError;
  mainError = undefined;
  return error;
}

module.exports = {
  compileForDetection,
  requireESM,
  requiredModuleFacade,
  importFrom,
  defaultImport,
  runMainESM,
  takeMainError,
  failMain,
  isMainError: (e) => mainErrors.has(e),
  runMainModule,
  mainPending: () => mainPending,
  syncBuiltinESMExports,
  fileURLToPath,
};
