// jsvm: package resolution shared by the CommonJS and ES module loaders,
// as Node 26 does it (its lib/internal/modules/esm/resolve.js and
// package_json_reader.js): reading package.json files, "exports" and
// "imports" with conditions and `*` patterns, package scopes, and the ES
// module resolution algorithm. Paths are absolute POSIX paths; file: URLs
// only appear where Node shows them.
// Body of a function (module, exports, internals, require).
'use strict';

const path = require('path');
const { codes } = require('internal/errors');
const {
  ERR_INVALID_PACKAGE_CONFIG, ERR_INVALID_PACKAGE_TARGET, ERR_PACKAGE_PATH_NOT_EXPORTED,
  ERR_PACKAGE_IMPORT_NOT_DEFINED, ERR_INVALID_MODULE_SPECIFIER, ERR_MODULE_NOT_FOUND,
  ERR_UNSUPPORTED_DIR_IMPORT, ERR_UNSUPPORTED_ESM_URL_SCHEME,
} = codes;
const binding = internals.module;

// What the host gives the loaders (set by bootstrap.js through setup()):
// the natives, the table of public built-ins and `process`.
const host = { natives: undefined, builtins: undefined, process: undefined };

// 0 for a file, 1 for a directory, negative when missing.
const stat = (p) => binding.stat(p);
const realpath = (p) => binding.realpath(p);

// ----- file: URLs -----------------------------------------------------------
// As Node's pathToFileURL: `%`, `\`, newlines and tabs encoded, then what
// the URL serializer encodes in a path.
function pathToFileURL(p) {
  let out = '';
  for (const ch of p) {
    const c = ch.codePointAt(0);
    if (c > 0x7e) {
      out += encodeURIComponent(ch);
    } else if (c <= 0x20 || '"#%<>?`{}\\^|[]'.includes(ch)) {
      out += `%${c.toString(16).toUpperCase().padStart(2, '0')}`;
    } else {
      out += ch;
    }
  }
  return `file://${out}`;
}

function fileURLToPath(url) {
  let rest = `${url}`.slice('file:'.length).replace(/[?#].*$/s, '');
  if (rest.startsWith('//')) rest = rest.slice(rest.indexOf('/', 2));
  return decodeURIComponent(rest);
}

// The folder a base resolves from: its own for a folder (a path ending in
// `/`, as the working directory is for --import), its parent for a file.
function baseDir(base) {
  return base.length > 1 && base.endsWith('/') ? base.slice(0, -1) : path.dirname(base);
}

// ----- package.json ---------------------------------------------------------
const packageCache = new Map();

// The fields of the package.json at `jsonPath` the loaders use, read once:
// `{ exists: false }` when there is none; ERR_INVALID_PACKAGE_CONFIG when
// it is not JSON (`base` and `specifier` name the import that read it).
function readPackage(jsonPath, base, specifier) {
  const cached = packageCache.get(jsonPath);
  if (cached !== undefined) return cached;
  const text = binding.readText(jsonPath);
  let result;
  if (text === undefined) {
    result = { exists: false, pjsonPath: jsonPath };
  } else {
    let data;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch (e) {
      // Node's reader words it with the importer only for import.
      const err = base ? ERR_INVALID_PACKAGE_CONFIG(jsonPath, `"${specifier}" from ${base}.`) :
        ERR_INVALID_PACKAGE_CONFIG(`${jsonPath}.`);
      err.cause = e;
      throw err;
    }
    const field = (name, type) => {
      const v = data !== null && typeof data === 'object' ? data[name] : undefined;
      return typeof v === type ? v : undefined;
    };
    const obj = (name) => {
      const v = data !== null && typeof data === 'object' ? data[name] : undefined;
      return v !== null && typeof v === 'object' ? v : undefined;
    };
    let exports;
    if (data !== null && typeof data === 'object' && data.exports !== undefined) {
      exports = data.exports;
    }
    const type = field('type', 'string');
    result = {
      exists: true,
      pjsonPath: jsonPath,
      name: field('name', 'string'),
      main: field('main', 'string'),
      type: type === 'module' || type === 'commonjs' ? type : 'none',
      exports,
      imports: obj('imports'),
      data,
    };
  }
  packageCache.set(jsonPath, result);
  return result;
}

// The package.json of the package scope `p` (a file) is in: the nearest
// one upward, not past a node_modules folder. `{ exists: false }` when none.
function getPackageScopeConfig(p) {
  let dir = baseDir(p);
  for (;;) {
    if (path.basename(dir) === 'node_modules') break;
    const pkg = readPackage(`${dir === '/' ? '' : dir}/package.json`);
    if (pkg.exists) return pkg;
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  return { exists: false, pjsonPath: `${dir}/package.json`, type: 'none' };
}

// The nearest package.json above `p`, or undefined.
function getNearestParentPackageJSON(p) {
  const pkg = getPackageScopeConfig(p);
  return pkg.exists ? pkg : undefined;
}

// ----- "exports" and "imports" ----------------------------------------------
const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
const invalidPackageNameRegEx = /^\.|%|\\/;
const patternRegEx = /\*/g;

const pkgDir = (pjsonPath) => pjsonPath.slice(0, -'package.json'.length);

function invalidPackageTarget(subpath, target, pjsonPath, internal, base) {
  if (typeof target === 'object' && target !== null) {
    target = JSON.stringify(target, null, '');
  } else {
    target = `${target}`;
  }
  return ERR_INVALID_PACKAGE_TARGET(pkgDir(pjsonPath), subpath, target, internal, base);
}

const emittedPackageWarnings = new Set();
function emitOnce(key, message, code) {
  if (emittedPackageWarnings.has(key)) return;
  emittedPackageWarnings.add(key);
  host.process.emitWarning(message, 'DeprecationWarning', code);
}

function exportsNotFound(subpath, pjsonPath, base) {
  return ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir(pjsonPath), subpath, base);
}

function throwInvalidSubpath(request, match, pjsonPath, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${pjsonPath}`;
  throw ERR_INVALID_MODULE_SPECIFIER(request, reason, base);
}

const isURL = (s) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(s);

// A target string to an absolute path (or a `node:` id, from "imports").
function resolvePackageTargetString(target, subpath, match, pjsonPath, base, pattern, internal,
                                    isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      if (!isURL(target)) {
        const exportTarget = pattern ? target.replace(patternRegEx, () => subpath) :
          target + subpath;
        return packageResolve(exportTarget, pjsonPath, conditions);
      }
    }
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2))) {
    if (!deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
      // An empty segment: deprecated (DEP0166), still resolved.
    } else {
      throw invalidPackageTarget(match, target, pjsonPath, internal, base);
    }
  }
  const packagePath = pkgDir(pjsonPath);
  const resolved = path.resolve(packagePath, target) + (target.endsWith('/') ? '/' : '');
  if (!`${resolved}/`.startsWith(packagePath)) {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (deprecatedInvalidSegmentRegEx.test(subpath)) {
      throwInvalidSubpath(request, match, pjsonPath, internal, base);
    }
  }
  if (pattern) return resolved.replace(patternRegEx, () => subpath);
  return resolved + subpath;
}

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xffffffff;
}

// undefined: no condition matched; null: an excluded (null) target.
function resolvePackageTarget(pjsonPath, target, subpath, packageSubpath, base, pattern,
                              internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pjsonPath, base,
                                      pattern, internal, isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (const item of target) {
      let result;
      try {
        result = resolvePackageTarget(pjsonPath, item, subpath, packageSubpath, base, pattern,
                                      internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastException = null;
        continue;
      }
      return result;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const key of keys) {
      if (isArrayIndex(key)) {
        throw ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
                                         '"exports" cannot contain numeric property keys.');
      }
    }
    for (const key of keys) {
      if (key === 'default' || conditions.includes(key)) {
        const result = resolvePackageTarget(pjsonPath, target[key], subpath, packageSubpath,
                                            base, pattern, internal, isPathMap, conditions);
        if (result === undefined) continue;
        return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, pjsonPath, internal, base);
}

function isConditionalExportsMainSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let isConditionalSugar = false;
  let i = 0;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (i++ === 0) {
      isConditionalSugar = cur;
    } else if (isConditionalSugar !== cur) {
      throw ERR_INVALID_PACKAGE_CONFIG(
        pjsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
        'object must either be an object of package subpath keys or an object of main ' +
        'entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The best `*` pattern key of `map` for `name`: [key, the part `*` stands for].
function bestPattern(map, name, onPrefix) {
  let bestMatch = '';
  let bestMatchSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
      onPrefix?.();
      const patternTrailer = key.slice(patternIndex + 1);
      if (name.length >= key.length && name.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = name.slice(patternIndex, name.length - patternTrailer.length);
      }
    }
  }
  return [bestMatch, bestMatchSubpath];
}

// `packageSubpath` ('.' or './x') of the package whose package.json is
// `pkg`, through its "exports". `base` (a path or undefined) names the
// importer in errors.
function packageExportsResolve(pkg, packageSubpath, base, conditions) {
  const pjsonPath = pkg.pjsonPath;
  let exports = pkg.exports;
  if (isConditionalExportsMainSugar(exports, pjsonPath, base)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, packageSubpath) &&
      !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const result = resolvePackageTarget(pjsonPath, exports[packageSubpath], '', packageSubpath,
                                        base, false, false, false, conditions);
    if (result == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return result;
  }
  const [bestMatch, bestMatchSubpath] = bestPattern(exports, packageSubpath, () => {
    if (packageSubpath.endsWith('/')) {
      emitOnce(`${pjsonPath}|${packageSubpath}`,
               `Use of deprecated trailing slash pattern mapping "${packageSubpath}" in the ` +
               `"exports" field module resolution of the package at ${pjsonPath}` +
               `${base ? ` imported from ${base}` : ''}. Mapping specifiers ending in "/" is no ` +
               'longer supported.', 'DEP0155');
    }
  });
  if (bestMatch) {

    const result = resolvePackageTarget(pjsonPath, exports[bestMatch], bestMatchSubpath,
                                        bestMatch, base, true, false,
                                        packageSubpath.endsWith('/'), conditions);
    if (result == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return result;
  }
  throw exportsNotFound(packageSubpath, pjsonPath, base);
}

// `#name` through the "imports" of the package scope of `base` (a path).
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.endsWith('/')) {
    throw ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name',
                                       base);
  }
  let pjsonPath;
  const pkg = getPackageScopeConfig(base);
  if (pkg.exists) {
    pjsonPath = pkg.pjsonPath;
    const imports = pkg.imports;
    if (imports) {
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        const result = resolvePackageTarget(pjsonPath, imports[name], '', name, base, false, true,
                                            false, conditions);
        if (result != null) return result;
      } else {
        const [bestMatch, bestMatchSubpath] = bestPattern(imports, name);
        if (bestMatch) {
          const result = resolvePackageTarget(pjsonPath, imports[bestMatch], bestMatchSubpath,
                                              bestMatch, base, true, true, false, conditions);
          if (result != null) return result;
        }
      }
    }
  }
  throw ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pjsonPath && pkgDir(pjsonPath), base);
}

function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (invalidPackageNameRegEx.test(packageName)) validPackageName = false;
  if (!validPackageName) {
    throw ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  const packageSubpath = `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}`;
  return { packageName, packageSubpath, isScoped };
}

// Whether `name` (without `node:`) is a built-in that can be required
// without the scheme.
function isBuiltinName(name) {
  return Object.prototype.hasOwnProperty.call(host.builtins, name);
}

// ----- ES module resolution ---------------------------------------------------
const esmConditions = ['node', 'import', 'module-sync', 'node-addons'];
const cjsConditions = ['require', 'node', 'module-sync', 'node-addons'];

function legacyMainResolve(pkg, base) {
  const dir = pkgDir(pkg.pjsonPath);
  const tries = [];
  if (pkg.main !== undefined) {
    const m = path.resolve(dir, pkg.main);
    tries.push(m, `${m}.js`, `${m}.json`, `${m}.node`, `${m}/index.js`, `${m}/index.json`,
               `${m}/index.node`);
  }
  tries.push(`${dir}index.js`, `${dir}index.json`, `${dir}index.node`);
  for (const t of tries) if (stat(t) === 0) return t;
  throw ERR_MODULE_NOT_FOUND(dir, base, null);
}

// A bare specifier from `base` (a path): the package's file.
function packageResolve(specifier, base, conditions) {
  if (isBuiltinName(specifier)) return `node:${specifier}`;
  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);
  const scope = getPackageScopeConfig(base);
  if (scope.exists && scope.exports != null && scope.name === packageName) {
    return packageExportsResolve(scope, packageSubpath, base, conditions);
  }
  let dir = baseDir(base);
  for (;;) {
    const pkgPath = `${dir === '/' ? '' : dir}/node_modules/${packageName}`;
    if (path.basename(dir) !== 'node_modules' && stat(pkgPath) === 1) {
      const pkg = readPackage(`${pkgPath}/package.json`, base, specifier);
      if (pkg.exists && pkg.exports != null) {
        return packageExportsResolve(pkg, packageSubpath, base, conditions);
      }
      if (packageSubpath === '.') {
        return legacyMainResolve(pkg.exists ? pkg :
          { pjsonPath: `${pkgPath}/package.json` }, base);
      }
      return path.resolve(pkgPath, packageSubpath) +
        (packageSubpath.endsWith('/') ? '/' : '');
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  void isScoped;
  throw ERR_MODULE_NOT_FOUND(packageName, base, null);
}

function isRelativeSpecifier(s) {
  return s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../');
}

// Node's moduleResolve, then finalizeResolution: the resolved module as
// `node:name` or an absolute path to an existing file (real path unless
// `preserveSymlinks`). `base` is the importer's path (undefined: the
// working directory).
function esmResolve(specifier, base, preserveSymlinks = false) {
  const baseForErrors = base;
  if (base === undefined) base = `${host.process.cwd()}/[eval1]`;
  let resolved;
  let search = '';
  if (specifier.startsWith('node:')) {
    if (!isBuiltinName(specifier.slice(5))) {
      throw codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return specifier;
  }
  if (specifier.startsWith('/') || isRelativeSpecifier(specifier)) {
    const m = /[?#]/.exec(specifier);
    let p = specifier;
    if (m) {
      search = specifier.slice(m.index);
      p = specifier.slice(0, m.index);
    }
    p = decodeURIComponent(p.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
    resolved = path.resolve(baseDir(base), p) +
      (p.endsWith('/') || p.endsWith('/.') || p === '.' || p === '..' ? '/' : '');
  } else if (specifier[0] === '#') {
    resolved = packageImportsResolve(specifier, base, esmConditions);
  } else if (isURL(specifier)) {
    const protocol = specifier.slice(0, specifier.indexOf(':') + 1);
    if (protocol !== 'file:') throw ERR_UNSUPPORTED_ESM_URL_SCHEME(protocol);
    const m = /[?#]/.exec(specifier);
    if (m) search = specifier.slice(m.index);
    resolved = fileURLToPath(specifier);
  } else {
    resolved = packageResolve(specifier, base, esmConditions);
  }
  if (resolved.startsWith('node:')) return resolved;
  return finalizeResolution(resolved, search, baseForErrors ?? base, preserveSymlinks);
}

function finalizeResolution(p, search, base, preserveSymlinks) {
  if (/%2f|%5c/i.test(p)) {
    throw ERR_INVALID_MODULE_SPECIFIER(p, 'must not include encoded "/" or "\\" characters',
                                       base);
  }
  const url = pathToFileURL(p) + search;
  const trimmed = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
  const kind = stat(trimmed);
  if (kind === 1) {
    throw ERR_UNSUPPORTED_DIR_IMPORT(trimmed, base, url);
  }
  if (kind !== 0 || p.endsWith('/')) {
    throw ERR_MODULE_NOT_FOUND(p, base, url);
  }
  return (preserveSymlinks ? p : realpath(p)) + search;
}

module.exports = {
  host,
  stat,
  realpath,
  pathToFileURL,
  fileURLToPath,
  readPackage,
  getPackageScopeConfig,
  getNearestParentPackageJSON,
  packageExportsResolve,
  packageImportsResolve,
  parsePackageName,
  isBuiltinName,
  isRelativeSpecifier,
  esmResolve,
  esmConditions,
  cjsConditions,
};
