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

  const inspectModule = requireInternal('internal/inspect');
  const { inspect, format, formatWithOptions } = inspectModule;

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

  // Warnings, rejections, exit, memory and identity (js/process.js).
  const proc = processModule.setup(process, {
    execArgv: natives.execArgv,
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

  // The loop's entry points (src/lib.rs, Host::run_loop).
  const loopHooks = {
    timer: timers.fireTimer,
    immediate: timers.fireImmediate,
    signal(signo) {
      const name = signalNames.get(signo);
      process.emit(name, name, signo);
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
    fromPromise: (err) => proc.isFatal(err),
  };

  // ----- console --------------------------------------------------------------
  const counts = new Map();
  let groupIndent = '';
  function print(fd, args) {
    let s = formatWithOptions({}, ...args);
    if (groupIndent) s = groupIndent + s.split('\n').join(`\n${groupIndent}`);
    natives.write(fd, `${s}\n`);
  }
  const console = {
    log(...args) { print(1, args); },
    info(...args) { print(1, args); },
    debug(...args) { print(1, args); },
    warn(...args) { print(2, args); },
    error(...args) { print(2, args); },
    trace(...args) { print(2, [`Trace: ${format(...args)}`]); },
    dir(obj, options) { print(1, [inspect(obj, { customInspect: false, ...options })]); },
    assert(ok, ...args) {
      if (!ok) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        print(2, args);
      }
    },
    count(label = 'default') {
      label = `${label}`;
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      print(1, [`${label}: ${n}`]);
    },
    countReset(label = 'default') { counts.delete(`${label}`); },
    group(...args) { if (args.length) print(1, args); groupIndent += '  '; },
    groupEnd() { groupIndent = groupIndent.slice(0, -2); },
  };
  console.groupCollapsed = console.group;

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
  const bufferModule = requireInternal('buffer');
  define('Buffer', bufferModule.Buffer);
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    define(name, timers[name]);
  }
  // Web globals (js/abort.js) and structuredClone, made on first use.
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
  if (Object.getOwnPropertyDescriptor(globalThis, 'performance')) {
    define('performance', globalThis.performance);
  }
  lazyGlobal('atob', () => bufferModule.atob);
  lazyGlobal('btoa', () => bufferModule.btoa);
  // The globals Node's main realm has as enumerable properties, in its
  // order (Object.keys(globalThis)).
  for (const name of ['global', 'clearImmediate', 'setImmediate', 'clearInterval',
    'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob',
    'btoa', 'performance']) {
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!desc) continue;
    delete globalThis[name];
    Object.defineProperty(globalThis, name, { ...desc, enumerable: true });
  }

  // ----- CommonJS loader ---------------------------------------------------
  const builtins = {
    vm: () => requireInternal('vm'),
    util: () => requireInternal('internal/inspect'),
    events: () => EventEmitter,
    buffer: () => bufferModule,
    timers: () => publicTimers,
    process: () => process,
    path: () => requireInternal('path'),
    'path/posix': () => requireInternal('path'),
    fs: () => requireInternal('fs'),
    'timers/promises': () => requireInternal('timers/promises'),
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
      fn.call(mod.exports, mod.exports, makeRequire(mod), mod, mod.filename, mod.path);
    }
    mod.loaded = true;
  }

  function stripShebang(source) {
    return source.startsWith('#!') ? `//${source.slice(2)}` : source;
  }

  function runMain(filename) {
    mainModule = new Module(filename, null);
    mainModule.id = '.';
    Module._cache[filename] = mainModule;
    loadModule(mainModule);
  }

  return { runMain, inspect, process, loop: loopHooks };
});
