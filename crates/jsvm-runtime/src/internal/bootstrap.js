// jsvm: sets up the Node-compatible host in the main context and returns
// `runMain(path)`. Evaluated as a function of `natives` (see src/lib.rs).
(function bootstrap(natives) {
  'use strict';

  // ----- internal modules (embedded sources) ------------------------------
  const internalCache = new Map();
  function requireInternal(id) {
    let m = internalCache.get(id);
    if (m) return m.exports;
    const source = natives.internalSource(id);
    if (source === undefined) throw new Error(`No such built-in module: ${id}`);
    m = { exports: {} };
    internalCache.set(id, m);
    const fn = natives.compileFunction(source, `node:${id}`,
                                       ['module', 'exports', 'internals', 'require']);
    fn.call(m.exports, m, m.exports, natives.internals, requireInternal);
    return m.exports;
  }

  // The engine's own globals, before the host adds its (inspect's
  // builtInObjects: V8's built-ins, not Node's URL, Buffer, ...).
  natives.internals.engineGlobals = Object.getOwnPropertyNames(globalThis);

  // The command line's options the built-ins act on (src/lib.rs, HostOptions).
  natives.internals.experimentalVmModules = natives.flags.includes('--experimental-vm-modules');

  // util.types first: it gives `internals` the brand checks inspect uses.
  requireInternal('internal/types');
  // The largest internal module: loaded when something is first printed.
  const inspect = (...args) => requireInternal('internal/inspect').inspect(...args);

  // ----- process ------------------------------------------------------------
  const EventEmitter = requireInternal('events');
  const timers = requireInternal('timers');
  const errors = requireInternal('internal/errors');
  const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL } = errors.codes;
  const loop = natives.internals.loop;
  const signals = loop.signals;
  const signalNames = new Map(Object.entries(signals).map(([k, v]) => [v, k]).reverse());
  const isSignal = (type) => typeof type === 'string' && Object.hasOwn(signals, type);

  // process is an EventEmitter whose prototype is named `process`.
  const processProto = Object.create(EventEmitter.prototype, {
    constructor: {
      value: function process() {}, writable: true, configurable: true, enumerable: false,
    },
  });
  const process = Object.create(processProto);
  EventEmitter.init.call(process);

  const tickQueue = [];
  const processModule = requireInternal('internal/process');
  function hrtime(time) {
    const [sec, nsec] = loop.hrtime();
    if (time === undefined) return [sec, nsec];
    if (!Array.isArray(time)) throw ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw ERR_OUT_OF_RANGE('time', 2, time.length);
    let ds = sec - time[0];
    let dn = nsec - time[1];
    if (dn < 0) {
      ds -= 1;
      dn += 1e9;
    }
    return [ds, dn];
  }
  hrtime.bigint = () => {
    const [sec, nsec] = loop.hrtime();
    return BigInt(sec) * 1000000000n + BigInt(nsec);
  };

  Object.assign(process, {
    argv: natives.argv,
    execArgv: natives.execArgv,
    env: natives.env,
    platform: natives.platform,
    arch: natives.arch,
    pid: natives.pid,
    version: 'v26.10.0',
    versions: { node: '26.10.0', jsvm: natives.version, quickjs: natives.engineVersion },
    cwd: () => natives.cwd(),
    nextTick(callback, ...args) {
      if (typeof callback !== 'function') throw ERR_INVALID_ARG_TYPE('callback', 'function', callback);
      tickQueue.push([callback, args]);
    },
    kill(pid, sig = 'SIGTERM') {
      if (pid != (pid | 0)) throw ERR_INVALID_ARG_TYPE('pid', 'number', pid);
      let signo;
      if (sig === (sig | 0)) {
        signo = sig;
      } else if (isSignal(sig)) {
        signo = signals[sig];
      } else {
        throw ERR_UNKNOWN_SIGNAL(sig);
      }
      const err = loop.kill(pid, signo);
      if (err !== 0) throw errors.errnoException(err[0], err[1], 'kill');
      return true;
    },
    hrtime,
  });

  // Warnings, rejections, exit, memory and identity (ext/process/process.js).
  const proc = processModule.setup(process, {
    execArgv: natives.flags,
    printWarning: (msg) => console.error(msg),
    nextTick: process.nextTick,
    exit: natives.exit,
    write: natives.write,
    EventEmitter,
  });

  // A signal is delivered to the loop while `process` listens for it.
  process.on('newListener', (type) => {
    if (isSignal(type) && process.listenerCount(type) === 0) loop.signalWatch(signals[type], true);
  });
  process.on('removeListener', (type) => {
    if (isSignal(type) && process.listenerCount(type) === 0) loop.signalWatch(signals[type], false);
  });

  // The pipes and child processes the loop reports on, by id.
  const ioTargets = loop.ioTargets = new Map();

  // The loop's entry points (src/lib.rs, Host::run_loop).
  const loopHooks = {
    timer: timers.fireTimer,
    immediate: timers.fireImmediate,
    signal(signo) {
      const name = signalNames.get(signo);
      process.emit(name, name, signo);
    },
    // A pipe or child process of ext/child_process/child_process.js: its data, end,
    // drain, write error or exit.
    io(kind, id, a, b) {
      const target = ioTargets.get(id);
      if (target !== undefined) target.onIo(kind, a, b);
    },
    // Node's processTicksAndRejections: the nextTick queue, then the
    // microtasks, then the rejections nobody handled, until all are empty.
    ticks() {
      do {
        while (tickQueue.length > 0) {
          const [callback, args] = tickQueue.shift();
          Reflect.apply(callback, undefined, args);
        }
        loop.runMicrotasks();
        proc.takeFatal();
      } while (tickQueue.length > 0 || proc.processPromiseRejections());
    },
    beforeExit(code) { process.emit('beforeExit', code); },
    exit: proc.emitExit,
    // Whether listeners took an uncaught error.
    uncaught(err) {
      if (proc.isFatal(err)) return false;
      return proc.triggerUncaughtException(err, false);
    },
    fromPromise: (err) => proc.isFatal(err) || esmMainErrors.has(err),
  };

  // ----- console (ext/console/console.js) ----------------------------------------------
  const console = requireInternal('internal/console')
    .createGlobalConsole(() => process.stdout, () => process.stderr);
  // What inspect (colored stacks) and assert (source of a failed assert.ok) ask;
  // NODE_DEBUG as the process started with it (util.debuglog).
  Object.assign(natives.internals, {
    nodeDebug: natives.env.NODE_DEBUG,
    cwd: () => process.cwd(),
    isBuiltinModule: (id) => Object.prototype.hasOwnProperty.call(builtins, id) ||
      id.startsWith('internal/') || natives.internalSource(id) !== undefined,
    sourceOf(file) {
      try {
        return natives.fileKind(file) === 'file' ? natives.readFile(file) : undefined;
      } catch {
        return undefined;
      }
    },
  });

  // ----- globals --------------------------------------------------------------
  const define = (name, value) => Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: false,
  });
  define('global', globalThis);
  define('process', process);
  define('console', console);
  // The callback runs in the host's queue, whatever its realm (a promise
  // job goes to the queue of its handler's realm: here the host arrow's).
  define('queueMicrotask', function queueMicrotask(callback) {
    if (typeof callback !== 'function') throw ERR_INVALID_ARG_TYPE('callback', 'function', callback);
    Promise.resolve().then(() => {
      try {
        callback();
      } catch (err) {
        proc.microtaskError(err);
      }
    });
  });
  // node:buffer is loaded on first use. As in Node, the global Buffer is
  // an accessor; assigning to it replaces what it returns.
  let bufferExports;
  const bufferModule = () => (bufferExports ??= requireInternal('buffer'));
  let bufferGlobal;
  let bufferReplaced = false;
  Object.defineProperty(globalThis, 'Buffer', {
    get: function get() { return bufferReplaced ? bufferGlobal : bufferModule().Buffer; },
    set: function set(value) {
      bufferReplaced = true;
      bufferGlobal = value;
    },
    enumerable: false,
    configurable: true,
  });
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    define(name, timers[name]);
  }
  // Web globals (internal/abort_controller.js) and structuredClone, made on first use.
  const lazyGlobal = (name, get, enumerable = false) => {
    // A later redefinition may make the value enumerable (see below).
    const set = (value) => Object.defineProperty(globalThis, name, {
      value, writable: true, configurable: true, enumerable,
    });
    Object.defineProperty(globalThis, name, {
      get() {
        const value = get();
        set(value);
        return value;
      },
      set,
      enumerable,
      configurable: true,
    });
  };
  for (const name of ['Event', 'EventTarget', 'AbortController', 'AbortSignal']) {
    lazyGlobal(name, () => requireInternal('internal/abort')[name]);
  }
  lazyGlobal('structuredClone', () => requireInternal('internal/structured_clone').structuredClone,
             true);
  // The engine's own `performance` gives way to node:perf_hooks' one.
  lazyGlobal('performance', () => requireInternal('perf_hooks').performance, true);
  for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure']) {
    lazyGlobal(name, () => requireInternal('perf_hooks')[name]);
  }
  for (const name of ['TextEncoder', 'TextDecoder']) {
    lazyGlobal(name, () => requireInternal('internal/encoding')[name]);
  }
  lazyGlobal('URL', () => requireInternal('internal/url').URL);
  lazyGlobal('URLSearchParams', () => requireInternal('internal/url').URLSearchParams);
  lazyGlobal('Crypto', () => requireInternal('crypto').webcrypto.constructor);
  lazyGlobal('SubtleCrypto', () => requireInternal('crypto').subtle.constructor);
  // As in Node, `crypto` is an enumerable getter without a setter.
  Object.defineProperty(globalThis, 'crypto', {
    get: Object.getOwnPropertyDescriptor({
      get crypto() { return requireInternal('crypto').webcrypto; },
    }, 'crypto').get,
    enumerable: true,
    configurable: true,
  });
  lazyGlobal('atob', () => bufferModule().atob);
  lazyGlobal('btoa', () => bufferModule().btoa);
  // The globals Node's main realm has as enumerable properties, in its
  // order (Object.keys(globalThis)).
  for (const name of ['global', 'clearImmediate', 'setImmediate', 'clearInterval',
    'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob',
    'btoa', 'performance', 'crypto']) {
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!desc) continue;
    delete globalThis[name];
    Object.defineProperty(globalThis, name, { ...desc, enumerable: true });
  }
  // --expose-gc: V8's gc extension, a full collection; with
  // `{ execution: 'async' }` it runs later and a promise says when.
  if (natives.flags.includes('--expose-gc')) {
    const collect = natives.gc;
    Object.defineProperty(globalThis, 'gc', {
      value: {
        gc() {
          const options = arguments[0];
          if (options !== null && typeof options === 'object' && options.execution === 'async') {
            return new Promise((resolve) => timers.setImmediate(() => {
              collect();
              resolve();
            }));
          }
          collect();
        },
      }.gc,
      writable: true,
      enumerable: true,
      configurable: false,
    });
  }

  // ----- CommonJS loader ---------------------------------------------------
  const builtins = {
    vm: () => requireInternal('vm'),
    util: () => requireInternal('util'),
    'util/types': () => requireInternal('internal/types'),
    assert: () => requireInternal('assert'),
    'assert/strict': () => requireInternal('assert').strict,
    console: () => console,
    events: () => EventEmitter,
    buffer: bufferModule,
    timers: () => publicTimers,
    process: () => process,
    path: () => requireInternal('path'),
    'path/posix': () => requireInternal('path'),
    fs: () => requireInternal('fs'),
    child_process: () => requireInternal('child_process'),
    'timers/promises': () => requireInternal('timers/promises'),
    url: () => requireInternal('url'),
    os: () => requireInternal('os'),
    crypto: () => requireInternal('crypto'),
    stream: () => requireInternal('stream'),
    'stream/promises': () => requireInternal('stream/promises'),
    string_decoder: () => requireInternal('string_decoder'),
    querystring: () => requireInternal('querystring'),
    punycode: () => requireInternal('punycode'),
    tty: () => requireInternal('tty'),
    perf_hooks: () => requireInternal('perf_hooks'),
    v8: () => requireInternal('v8'),
    worker_threads: () => requireInternal('worker_threads'),
  };
  const publicTimers = {
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    setInterval: timers.setInterval,
    clearInterval: timers.clearInterval,
    setImmediate: timers.setImmediate,
    clearImmediate: timers.clearImmediate,
    get promises() { return requireInternal('timers/promises'); },
  };

  function dirname(p) {
    const i = p.lastIndexOf('/');
    if (i < 0) return '.';
    if (i === 0) return '/';
    return p.slice(0, i);
  }

  function normalize(p) {
    const abs = p.startsWith('/');
    const out = [];
    for (const part of p.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return (abs ? '/' : '') + out.join('/');
  }

  function resolvePath(base, request) {
    return normalize(request.startsWith('/') ? request : `${base}/${request}`);
  }

  function tryFile(p) {
    return natives.fileKind(p) === 'file' ? p : undefined;
  }

  function tryExtensions(p) {
    return tryFile(p) || tryFile(`${p}.js`) || tryFile(`${p}.json`) || tryFile(`${p}.cjs`);
  }

  function resolveFilename(request, parentDir) {
    if (!(request.startsWith('./') || request.startsWith('../') || request.startsWith('/') ||
          request === '.' || request === '..')) {
      const err = new Error(`Cannot find module '${request}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    const p = resolvePath(parentDir, request);
    let found = tryExtensions(p);
    if (!found && natives.fileKind(p) === 'dir') {
      const pkg = tryFile(`${p}/package.json`);
      if (pkg) {
        const main = JSON.parse(natives.readFile(pkg)).main;
        if (main) found = tryExtensions(resolvePath(p, main));
      }
      found = found || tryFile(`${p}/index.js`) || tryFile(`${p}/index.json`);
    }
    if (!found) {
      const err = new Error(`Cannot find module '${p}'`);
      err.code = 'MODULE_NOT_FOUND';
      throw err;
    }
    return found;
  }

  class Module {
    constructor(id, parent) {
      this.id = id;
      this.path = dirname(id);
      this.exports = {};
      this.filename = id;
      this.loaded = false;
      this.children = [];
      this.paths = [];
      if (parent) parent.children.push(this);
    }
  }
  Module._cache = Object.create(null);

  function makeRequire(mod) {
    function require(request) {
      if (typeof request !== 'string') {
        throw requireInternal('internal/errors').codes.ERR_INVALID_ARG_TYPE('id', 'string', request);
      }
      const name = request.startsWith('node:') ? request.slice(5) : request;
      if (Object.prototype.hasOwnProperty.call(builtins, name)) return builtins[name]();
      const filename = resolveFilename(request, mod.path);
      const cached = Module._cache[filename];
      if (cached) return cached.exports;
      const child = new Module(filename, mod);
      Module._cache[filename] = child;
      try {
        loadModule(child);
      } catch (e) {
        delete Module._cache[filename];
        throw e;
      }
      return child.exports;
    }
    require.cache = Module._cache;
    require.resolve = (request) => resolveFilename(request, mod.path);
    require.main = mainModule;
    return require;
  }

  let mainModule;

  function loadModule(mod) {
    const source = natives.readFile(mod.filename);
    if (mod.filename.endsWith('.json')) {
      try {
        mod.exports = JSON.parse(source);
      } catch (e) {
        e.message = `${mod.filename}: ${e.message}`;
        throw e;
      }
    } else {
      const fn = natives.compileFunction(stripShebang(source), mod.filename,
                                         ['exports', 'require', 'module', '__filename', '__dirname']);
      // import() in CommonJS code goes to the ES module loader.
      setImporter(fn, mod.filename);
      fn.call(mod.exports, mod.exports, makeRequire(mod), mod, mod.filename, mod.path);
    }
    mod.loaded = true;
  }

  function stripShebang(source) {
    return source.startsWith('#!') ? `//${source.slice(2)}` : source;
  }

  // ----- ES module loader ----------------------------------------------------
  // Built on node:vm's modules (the engine's module records): `.mjs` files
  // (and `.js` under a package.json of "type": "module") are
  // SourceTextModules named by their file: URL; node: built-ins, JSON
  // (with { type: 'json' }) and CommonJS files are SyntheticModules.
  const vmBinding = natives.internals.vm;
  const esmCache = new Map();
  let vmModule;
  // The module classes, also without --experimental-vm-modules (ext/vm/vm.js).
  const vmClasses = () => (vmModule ??= (requireInternal('vm'), natives.internals.vmModules));

  function pathToFileURL(p) {
    return `file://${encodeURI(p).replace(/[?#]/g, encodeURIComponent)}`;
  }

  function fileURLToPath(url) {
    let rest = url.slice('file:'.length).replace(/[?#].*$/s, '');
    if (rest.startsWith('//')) rest = rest.slice(rest.indexOf('/', 2));
    return decodeURIComponent(rest);
  }

  function esmError(Base, code, message) {
    return errors.makeNodeError(Base, code, message);
  }

  // The key of a module: `node:name` for built-ins, an absolute path
  // otherwise.
  function esmResolve(specifier, base, mustExist = true) {
    const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
    if (Object.prototype.hasOwnProperty.call(builtins, name) &&
        (specifier.startsWith('node:') || !name.includes('/'))) {
      return `node:${name}`;
    }
    const baseDir = base === undefined ? natives.cwd() : dirname(base);
    let p;
    if (specifier.startsWith('file:')) {
      p = fileURLToPath(specifier);
    } else if (specifier.startsWith('/') || specifier.startsWith('./') ||
               specifier.startsWith('../') || specifier === '.' || specifier === '..') {
      p = resolvePath(baseDir, specifier);
    } else if (specifier.startsWith('node:')) {
      throw esmError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${specifier}`);
    } else {
      throw esmError(Error, 'ERR_MODULE_NOT_FOUND',
                     `Cannot find package '${specifier}' imported from ${base ?? natives.cwd()}`);
    }
    if (mustExist && natives.fileKind(p) !== 'file') {
      throw esmError(Error, 'ERR_MODULE_NOT_FOUND',
                     `Cannot find module '${p}' imported from ${base ?? natives.cwd()}`);
    }
    return p;
  }

  function packageType(p) {
    for (let dir = dirname(p); ; dir = dirname(dir)) {
      const pkg = tryFile(`${dir}/package.json`);
      if (pkg) {
        try {
          return JSON.parse(natives.readFile(pkg)).type;
        } catch {
          return undefined;
        }
      }
      if (dir === '/' || dir === '.') return undefined;
    }
  }

  function isESM(p) {
    return p.endsWith('.mjs') || (p.endsWith('.js') && packageType(p) === 'module');
  }

  function syntheticOf(exports, names, url) {
    const { SyntheticModule } = vmClasses();
    const m = new SyntheticModule(names, () => {
      for (const name of names) {
        m.setExport(name, name === 'default' || name === 'module.exports' ?
          exports : exports[name]);
      }
    }, { identifier: url });
    return m;
  }

  // The module for a key, made (not linked) once per key and type.
  function esmLoad(key, attributes = {}) {
    const type = attributes.type;
    const cacheKey = `${key}\0${type}`;
    const cached = esmCache.get(cacheKey);
    if (cached) return cached;
    let m;
    if (key.startsWith('node:')) {
      const exports = builtins[key.slice(5)]();
      const names = ['default', ...Object.keys(exports).filter((k) => k !== 'default')];
      m = syntheticOf(exports, names, key);
    } else {
      const url = pathToFileURL(key);
      if (key.endsWith('.json')) {
        if (type !== 'json') {
          throw esmError(TypeError, 'ERR_IMPORT_ATTRIBUTE_MISSING',
                         `Module "${url}" needs an import attribute of "type: json"`);
        }
        const { SyntheticModule } = vmClasses();
        // The same object as require() gives, as in Node.
        const value = makeRequire(new Module(key, null))(key);
        m = new SyntheticModule(['default'], () => { m.setExport('default', value); },
                                { identifier: url });
      } else if (type !== undefined) {
        throw esmError(TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
                       `Import attribute "type" with value "${type}" is not supported`);
      } else if (isESM(key)) {
        const { SourceTextModule } = vmClasses();
        m = new SourceTextModule(stripShebang(natives.readFile(key)), {
          identifier: url,
          initializeImportMeta(meta) {
            meta.dirname = dirname(key);
            meta.filename = key;
            meta.main = key === mainPath;
            meta.resolve = function resolve(specifier) {
              const r = esmResolve(`${specifier}`, key, false);
              return r.startsWith('node:') ? r : pathToFileURL(r);
            };
            meta.url = url;
          },
          importModuleDynamically: (specifier, _referrer, attrs) =>
            esmImport(specifier, key, attrs),
        });
      } else {
        const exports = makeRequire(new Module(key, null))(key);
        const names = ['default', 'module.exports'];
        if (typeof exports === 'object' && exports !== null || typeof exports === 'function') {
          for (const k of Object.keys(exports)) if (!names.includes(k)) names.push(k);
        }
        m = syntheticOf(exports, names, url);
      }
    }
    esmCache.set(cacheKey, m);
    return m;
  }

  function esmLinker(specifier, referencing, { attributes }) {
    const base = referencing.identifier.startsWith('file:') ?
      fileURLToPath(referencing.identifier) : undefined;
    return esmLoad(esmResolve(specifier, base), attributes);
  }

  async function esmReady(m) {
    if (m.status === 'unlinked') await m.link(esmLinker);
    await m.evaluate();
    return m;
  }

  // import(specifier) from code of `base` (a path; the working directory
  // when undefined).
  async function esmImport(specifier, base, attributes) {
    const m = await esmReady(esmLoad(esmResolve(`${specifier}`, base), attributes));
    return m.namespace;
  }

  function setImporter(fn, filename) {
    vmBinding.setHostDefined(fn, vmBinding.importReferrer(
      (specifier, _referrer, attributes) => esmImport(specifier, filename, attributes),
      undefined));
  }

  // What node:vm's USE_MAIN_CONTEXT_DEFAULT_LOADER uses: `filename` is an
  // absolute path or a file: URL; anything else resolves from the
  // working directory.
  natives.internals.defaultImport = (specifier, filename, attributes) => {
    let base;
    if (typeof filename === 'string' && filename.startsWith('file:')) {
      base = fileURLToPath(filename);
    } else if (typeof filename === 'string' && filename.startsWith('/')) {
      base = filename;
    } else {
      base = `${natives.cwd()}/[eval]`;
    }
    return esmImport(specifier, base, attributes);
  };

  let mainPath;
  let mainError;
  // Errors of the main ES module (or ES module eval code): V8 reports them
  // where they were made (their stack's first frame), as rejections.
  const esmMainErrors = new WeakSet();
  const esmMainFailed = (e) => {
    mainPending = undefined;
    if (e !== null && (typeof e === 'object' || typeof e === 'function')) esmMainErrors.add(e);
    mainError = { e };
  };
  // The main ES module while its evaluation has not settled.
  let mainPending;

  function runMain(filename) {
    if (isESM(filename)) {
      mainPath = filename;
      const main = esmLoad(filename);
      mainPending = main;
      esmReady(main).then(() => { mainPending = undefined; }, esmMainFailed);
      return;
    }
    mainModule = new Module(filename, null);
    mainModule.id = '.';
    Module._cache[filename] = mainModule;
    loadModule(mainModule);
  }

  // An error of the main ES module is uncaught once the microtasks ran.
  const ticks = loopHooks.ticks;
  loopHooks.ticks = function () {
    ticks();
    if (mainError) {
      const { e } = mainError;
      mainError = undefined;
      throw e;
    }
  };

  // When nothing is left to run, no exit code was set and the main
  // module's top-level await has not settled, Node warns about each module
  // that waits at an await of its own and exits with code 13.
  const exitHook = loopHooks.exit;
  loopHooks.exit = function (code) {
    if (mainPending !== undefined && code === 0) {
      for (const [url, line, column] of natives.internals.stalledTopLevelAwaits(mainPending)) {
        let arrow = '';
        try {
          const text = natives.readFile(fileURLToPath(url)).split('\n')[line - 1];
          if (text !== undefined) {
            const caret = text.slice(0, column - 1).replace(/[^\t]/g, ' ');
            arrow = `\n${text.replace(/\r$/, '')}\n${caret}^`;
          }
        } catch {}
        natives.write(2, `Warning: Detected unsettled top-level await at ${url}:${line}${arrow}\n\n\n\n`);
      }
      process.exitCode = 13;
      code = 13;
    }
    return exitHook(code);
  };

  // ----- the command line's program (src/lib.rs, Host::run_program) -------
  // `-r` modules, then `--import` modules, then the file, the `-e` code or
  // the program read from standard input (`[stdin]`).
  function runProgram({ file, source, sourceName, print, check, inputType,
                        require: requires, import: imports }) {
    const cwd = natives.cwd();
    if (requires.length > 0) {
      const preload = new Module(`${cwd}/internal/preload`, null);
      preload.path = cwd;
      const req = makeRequire(preload);
      for (const request of requires) req(request);
    }
    const run = () => {
      if (check) return checkSyntax(file, source, sourceName, inputType);
      if (file !== undefined) return runMain(file);
      return runEval(source, { name: sourceName, print, inputType });
    };
    if (imports.length === 0) return run();
    // Resolved from the working directory, which Node names as the importer.
    const base = `${cwd}/`;
    (async () => {
      for (const specifier of imports) await esmImport(specifier, base);
    })().then(() => {
      try {
        run();
      } catch (e) {
        mainError = { e };
      }
    }, (e) => { mainError = { e }; });
  }

  // Whether `code` is an ES module by Node's syntax detection: it does not
  // compile as a script and compiles as a module (import/export
  // statements, import.meta, top-level await).
  function detectModule(code, filename, asScript = false) {
    try {
      if (asScript) new (requireInternal('vm').Script)(code, { filename });
      else natives.compileFunction(code, filename, []);
      return false;
    } catch {
      try {
        new (vmClasses().SourceTextModule)(code, { identifier: filename });
        return true;
      } catch {
        return false;
      }
    }
  }

  // Node's `[eval]`/`[stdin]` program: a script run in the main context
  // with `module`, `exports`, `require` (from the working directory),
  // `__filename` (the name) and `__dirname` ('.') as globals; its
  // completion value is printed at exit with -p. An ES module when
  // --input-type=module or when detected as one.
  function runEval(code, { name, print, inputType }) {
    const cwd = natives.cwd();
    const isModule = inputType === 'module' ||
      (inputType === undefined && detectModule(code, name, true));
    if (isModule) {
      if (print) {
        throw errors.codes.ERR_EVAL_ESM_CANNOT_PRINT();
      }
      const url = `file://${cwd}/[eval1]`;
      const m = new (vmClasses().SourceTextModule)(code, {
        identifier: url,
        initializeImportMeta(meta) {
          meta.dirname = cwd;
          meta.filename = `${cwd}/[eval1]`;
          meta.main = true;
          meta.url = url;
        },
        importModuleDynamically: (specifier, _referrer, attrs) =>
          esmImport(specifier, `${cwd}/[eval1]`, attrs),
      });
      mainPending = m;
      esmReady(m).then(() => { mainPending = undefined; }, esmMainFailed);
      return;
    }
    const mod = new Module(`${cwd}/${name}`, null);
    mod.id = name;
    mod.path = '.';
    mod.paths = [];
    for (let dir = cwd; ; dir = dirname(dir)) {
      if (!dir.endsWith('/node_modules')) {
        mod.paths.push(`${dir === '/' ? '' : dir}/node_modules`);
      }
      if (dir === '/') break;
    }
    // require() resolves from the working directory; children are the
    // eval module's.
    const require = makeRequire(Object.assign(Object.create(mod), { path: cwd }));
    globalThis.__filename = name;
    globalThis.module = mod;
    globalThis.exports = mod.exports;
    globalThis.__dirname = '.';
    globalThis.require = require;
    const vm = requireInternal('vm');
    // Node prints the value from an `exit` listener added first.
    let result;
    if (print) process.on('exit', () => { console.log(result); });
    result = vm.runInThisContext(code, {
      filename: name,
      importModuleDynamically: natives.internals.vmHostDefaultLoader,
    });
  }

  // -c: compile the program (a file or standard input) without running it;
  // a syntax error is reported as when running it.
  function checkSyntax(file, source, name, inputType) {
    if (file !== undefined) {
      const text = stripShebang(natives.readFile(file));
      if (isESM(file)) {
        new (vmClasses().SourceTextModule)(text, { identifier: pathToFileURL(file) });
      } else if (!detectModule(text, file)) {
        natives.compileFunction(text, file, []);
      }
      return;
    }
    if (inputType === 'module' || (inputType === undefined && detectModule(source, name, true))) {
      new (vmClasses().SourceTextModule)(source, { identifier: name });
    } else {
      new (requireInternal('vm').Script)(source, { filename: name });
    }
  }

  return { runMain, runProgram, inspect, process, loop: loopHooks };
});
