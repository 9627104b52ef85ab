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
    fromPromise: (err) => proc.isFatal(err) || (esmLoaded() && esmLoader().isMainError(err)),
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

  // ----- built-in modules -------------------------------------------------
  // The public built-ins: `require('x')` / `import 'node:x'` names.
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
    'fs/promises': () => requireInternal('fs/promises'),
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
    module: () => requireInternal('module'),
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

  // ----- module loaders (ext/module/) --------------------------------------
  // The CommonJS and ES module loaders and node:module. `createRequire(filename)`
  // makes a require() that resolves from `filename` (an absolute path or
  // file: URL; for code with no file, a name in the working directory).
  const moduleLoader = requireInternal('internal/modules/esm/resolve');
  Object.assign(moduleLoader.host, { natives, builtins, process });
  const cjsLoader = requireInternal('internal/modules/cjs/loader');
  // The ES module loader is loaded when first used.
  const esmLoaded = () => internalCache.has('internal/modules/esm/loader');
  const esmLoader = () => requireInternal('internal/modules/esm/loader');
  cjsLoader.Module._initPaths();
  const { createRequire } = cjsLoader;
  natives.internals.defaultImport = (...args) => esmLoader().defaultImport(...args);

  function runMain(filename) {
    cjsLoader.runMain(filename);
  }

  // An error of the main ES module is uncaught once the microtasks ran.
  const ticks = loopHooks.ticks;
  loopHooks.ticks = function () {
    ticks();
    const mainError = esmLoaded() && esmLoader().takeMainError();
    if (mainError) throw mainError.e;
  };

  // When nothing is left to run, no exit code was set and the main
  // module's top-level await has not settled, Node warns about each module
  // that waits at an await of its own and exits with code 13.
  const exitHook = loopHooks.exit;
  loopHooks.exit = function (code) {
    const mainPending = esmLoaded() ? esmLoader().mainPending() : undefined;
    if (mainPending !== undefined && code === 0) {
      for (const [url, line, column] of natives.internals.stalledTopLevelAwaits(mainPending)) {
        let arrow = '';
        try {
          const text = natives.readFile(esmLoader().fileURLToPath(url)).split('\n')[line - 1];
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
  const { Module } = cjsLoader;
  // The module classes, also without --experimental-vm-modules (ext/vm/vm.js).
  const vmClasses = () => (requireInternal('vm'), natives.internals.vmModules);

  function runProgram({ file, source, sourceName, print, check, inputType,
                        require: requires, import: imports }) {
    const cwd = natives.cwd();
    if (requires.length > 0) Module._preloadModules(requires);
    const run = () => {
      if (check) return checkSyntax(file, source, sourceName, inputType);
      if (file !== undefined) return runMain(file);
      return runEval(source, { name: sourceName, print, inputType });
    };
    if (imports.length === 0) return run();
    // Resolved from the working directory, which Node names as the importer.
    const base = `${cwd}/`;
    (async () => {
      for (const specifier of imports) await esmLoader().importFrom(`${specifier}`, base);
    })().then(() => {
      try {
        run();
      } catch (e) {
        esmLoader().failMain(e);
      }
    }, (e) => { esmLoader().failMain(e); });
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
      const filename = `${cwd}/[eval1]`;
      const url = `file://${cwd}/[eval1]`;
      const m = new (vmClasses().SourceTextModule)(code, {
        identifier: url,
        initializeImportMeta(meta) {
          meta.dirname = cwd;
          meta.filename = filename;
          meta.main = true;
          meta.url = url;
        },
        importModuleDynamically: (specifier, _referrer, attrs) =>
          esmLoader().importFrom(`${specifier}`, filename, attrs),
      });
      esmLoader().runMainModule(m, filename, url);
      return;
    }
    // require() resolves from the working directory.
    const mod = new Module(name, null);
    mod.filename = `${cwd}/${name}`;
    mod.paths = Module._nodeModulePaths(cwd);
    const require = cjsLoader.makeRequireFunction(mod);
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
      let text = natives.readFile(file);
      if (text.startsWith('#!')) text = `//${text.slice(2)}`;
      if (cjsLoader.isESMFile(file)) {
        new (vmClasses().SourceTextModule)(text, {
          identifier: moduleLoader.pathToFileURL(file),
        });
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
