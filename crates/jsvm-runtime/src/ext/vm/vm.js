// jsvm: the JavaScript face of `node:vm`: Node 26's argument handling and
// errors, over the native binding of jsvm's vm layer (`internals.vm`).
// Body of a function (module, exports, internals, require).
'use strict';

const binding = internals.vm;
const timers = require('timers');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
    ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG },
  makeNodeError,
  validateArray,
  validateObject,
  validateString,
  validateBoolean,
  validateInt32,
  validateUint32,
  validateOneOf,
} = require('internal/errors');
const { Buffer } = require('buffer');

const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

const kParsingContext = Symbol('script parsing context');
// What the binding's fast paths return for an object that is not a context.
const kNotContext = binding.notContext;
const kDefaultFilename = 'evalmachine.<anonymous>';

// The default loader as the host uses it (the -e code's import()): no
// warning.
const kHostDefaultLoader = Symbol('host default loader');
internals.vmHostDefaultLoader = kHostDefaultLoader;
let defaultLoaderWarned = false;

function validateImportModuleDynamically(value) {
  if (value !== undefined && value !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER &&
      value !== kHostDefaultLoader && typeof value !== 'function') {
    throw ERR_INVALID_ARG_TYPE('options.importModuleDynamically', 'function', value);
  }
}

// The host-defined value of compiled code: who loads its import()s.
// `referrer` is what a callback gets (the script, the function); the
// default loader resolves relative to `filename`.
function importReferrer(importModuleDynamically, referrer, filename) {
  let importer;
  if (importModuleDynamically === constants.USE_MAIN_CONTEXT_DEFAULT_LOADER ||
      importModuleDynamically === kHostDefaultLoader) {
    const warn = importModuleDynamically !== kHostDefaultLoader;
    importer = (specifier, _referrer, attributes) => {
      // Node warns once, when such an import() first happens.
      if (warn && !defaultLoaderWarned) {
        defaultLoaderWarned = true;
        process.emitWarning('vm.USE_MAIN_CONTEXT_DEFAULT_LOADER is an experimental feature ' +
                            'and might change at any time', 'ExperimentalWarning');
      }
      return internals.defaultImport(specifier, filename, attributes);
    };
  } else if (typeof importModuleDynamically === 'function') {
    importer = importModuleDynamicallyWrap(importModuleDynamically);
  }
  return binding.importReferrer(importer, referrer);
}

function isContext(object) {
  if (typeof object !== 'object' || object === null) {
    throw ERR_INVALID_ARG_TYPE('object', 'object', object);
  }
  return binding.isContext(object);
}

function validateContext(contextifiedObject) {
  if (!isContext(contextifiedObject)) {
    throw ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

// options.timeout of a run or a module evaluation: -1 when absent.
function timeoutOption(options) {
  const { timeout } = options;
  if (timeout === undefined) return -1;
  validateUint32(timeout, 'options.timeout', true);
  return timeout;
}

function getRunInContextArgs(options = {}) {
  validateObject(options, 'options');
  const timeout = timeoutOption(options);
  const { displayErrors = true, breakOnSigint = false } = options;
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { timeout, displayErrors, breakOnSigint };
}

// The built-in getters of views, which the program cannot override.
function viewGetters(proto) {
  const get = (name) => Object.getOwnPropertyDescriptor(proto, name).get;
  return { buffer: get('buffer'), byteOffset: get('byteOffset'), byteLength: get('byteLength') };
}
const typedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayPrototype, Symbol.toStringTag).get;
const typedArrayGetters = viewGetters(typedArrayPrototype);
const dataViewGetters = viewGetters(DataView.prototype);

// Cached data as the binding takes it: a Uint8Array over the bytes of any
// ArrayBufferView (a detached one has none).
function cachedDataBytes(cachedData) {
  if (cachedData === undefined) return undefined;
  const get = typedArrayTag.call(cachedData) !== undefined ? typedArrayGetters : dataViewGetters;
  const length = get.byteLength.call(cachedData);
  if (length === 0) return new Uint8Array(0);
  return new Uint8Array(get.buffer.call(cachedData), get.byteOffset.call(cachedData), length);
}

// A Buffer over a Uint8Array the binding made (no copy).
function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

// The native script behind a Script (kept out of sight, as in Node).
let scriptHandle;

// script.runInContext: without options (the common case) the binding
// looks the context up once and runs; validation happens only when it
// reports something that is not a context.
function runScriptInContext(script, contextifiedObject, options) {
  if (options === undefined && typeof contextifiedObject === 'object' &&
      contextifiedObject !== null) {
    const result = binding.runScript(scriptHandle(script), contextifiedObject, -1, false, true);
    if (result !== kNotContext) return result;
  }
  validateContext(contextifiedObject);
  const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
  return binding.runScript(scriptHandle(script), contextifiedObject, timeout, breakOnSigint,
                           displayErrors);
}

class ContextifyScript {
  #handle;

  static {
    scriptHandle = (script) => (#handle in script ? script.#handle : undefined);
  }

  constructor(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
              parsingContext) {
    const handle = binding.compileScript(code, filename, lineOffset, columnOffset,
                                         parsingContext, cachedDataBytes(cachedData));
    this.#handle = handle;
    // Node sets these in this order, as own enumerable properties.
    if (cachedData !== undefined) {
      this.cachedDataRejected = binding.scriptCachedDataRejected(handle);
    }
    if (produceCachedData) {
      let data;
      try {
        data = toBuffer(binding.createCachedData(handle));
      } catch {
        // Node reports a failure to produce as cachedDataProduced false.
      }
      if (data !== undefined) this.cachedData = data;
      this.cachedDataProduced = data !== undefined;
    }
    this.sourceURL = binding.scriptSourceURL(handle);
    this.sourceMapURL = binding.scriptSourceMapURL(handle);
  }

  runInContext(contextifiedObject, options) {
    return runScriptInContext(this, contextifiedObject, options);
  }

  createCachedData() {
    return toBuffer(binding.createCachedData(scriptHandle(this)));
  }
}

class Script extends ContextifyScript {
  constructor(code, options) {
    code = `${code}`;
    if (options === undefined) {
      super(code, kDefaultFilename, 0, 0, undefined, false, undefined);
      return;
    }
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = kDefaultFilename,
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw ERR_INVALID_ARG_TYPE('options.cachedData',
                                 ['Buffer', 'TypedArray', 'DataView'], cachedData);
    }
    validateBoolean(produceCachedData, 'options.produceCachedData');
    validateImportModuleDynamically(importModuleDynamically);
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
          parsingContext);
    if (importModuleDynamically !== undefined) {
      binding.scriptSetHostDefined(scriptHandle(this),
                                   importReferrer(importModuleDynamically, this, filename));
    }
  }

  runInThisContext(options) {
    const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
    return binding.runScript(scriptHandle(this), undefined, timeout, breakOnSigint,
                             displayErrors);
  }

  runInContext(contextifiedObject, options) {
    return runScriptInContext(this, contextifiedObject, options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: undefined,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) validateString(contextOptions.origin, 'options.contextOrigin');
  if (options.contextCodeGeneration !== undefined) {
    validateObject(options.contextCodeGeneration, 'options.contextCodeGeneration');
    const { strings, wasm } = options.contextCodeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.contextCodeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.contextCodeGeneration.wasm');
    contextOptions.codeGeneration = { strings, wasm };
  }
  if (options.microtaskMode !== undefined) validateString(options.microtaskMode, 'options.microtaskMode');
  return contextOptions;
}

let defaultContextNameIndex = 1;
function createContext(contextObject = {}, options) {
  if (options === undefined && typeof contextObject === 'object' && contextObject !== null) {
    // No options: the binding contextifies the object unless it is a
    // context already.
    if (binding.makeContextIfNew(contextObject, `VM Context ${defaultContextNameIndex}`)) {
      defaultContextNameIndex++;
    }
    return contextObject;
  }
  if (options === undefined) options = {};
  const dontContextify = contextObject === constants.DONT_CONTEXTIFY;
  if (!dontContextify && isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
    importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) validateObject(codeGeneration, 'options.codeGeneration');
  let strings = true;
  let wasm = true;
  if (codeGeneration !== undefined) {
    ({ strings = true, wasm = true } = codeGeneration);
    validateBoolean(strings, 'options.codeGeneration.strings');
    validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) {
    validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate', undefined]);
  }
  validateImportModuleDynamically(importModuleDynamically);
  const result = binding.makeContext(dontContextify ? undefined : contextObject, name,
                                     dontContextify, origin, microtaskMode === 'afterEvaluate',
                                     strings, wasm);
  return dontContextify ? result : contextObject;
}

const kNoOptions = Object.freeze({});

function compileFunction(code, params, options) {
  validateString(code, 'code');
  if (options === undefined) {
    options = kNoOptions;
  } else {
    validateObject(options, 'options');
  }
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  }
  if (options === kNoOptions) {
    return binding.compileFunction(code, params === undefined ? [] : [...params], '', 0, 0,
                                   undefined, [], undefined, false).function;
  }
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData = undefined,
    produceCachedData = false,
    parsingContext = undefined,
    contextExtensions = [],
    importModuleDynamically,
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
    throw ERR_INVALID_ARG_TYPE('options.cachedData',
                               ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined) {
    if (typeof parsingContext !== 'object' || parsingContext === null ||
        !isContext(parsingContext)) {
      throw ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`, { nullable: true });
  });
  validateImportModuleDynamically(importModuleDynamically);
  const result = binding.compileFunction(code, params === undefined ? [] : [...params],
                                         filename, lineOffset, columnOffset, parsingContext,
                                         contextExtensions.filter((e) => e !== null),
                                         cachedDataBytes(cachedData), produceCachedData);
  // As Node: own enumerable properties, in this order.
  if (produceCachedData) {
    result.function.cachedDataProduced = result.cachedData !== undefined;
  }
  if (result.cachedData !== undefined) {
    result.function.cachedData = toBuffer(result.cachedData);
  }
  if (typeof result.cachedDataRejected === 'boolean') {
    result.function.cachedDataRejected = result.cachedDataRejected;
  }
  if (importModuleDynamically !== undefined) {
    binding.setHostDefined(result.function,
                           importReferrer(importModuleDynamically, result.function, filename));
  }
  return result.function;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  if (options === undefined && typeof contextifiedObject === 'object' &&
      contextifiedObject !== null) {
    const result = binding.compileAndRun(`${code}`, contextifiedObject);
    if (result !== kNotContext) return result;
  }
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (options === undefined) {
    const context = createContext(contextObject);
    return binding.compileAndRun(`${code}`, context);
  }
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

// ----- modules: vm.Module, vm.SourceTextModule, vm.SyntheticModule -----
// Public only with --experimental-vm-modules, as in Node; the host's own ES
// module loader uses them always (`internals.vmModules`). The engine's module records
// (patch 0012) are reached through the binding's module* natives; the
// linking protocol (the linker's promises, the `linking` status, link
// errors) is Node 26's.

const ERR_VM_MODULE_NOT_MODULE = () => makeNodeError(Error, 'ERR_VM_MODULE_NOT_MODULE',
  'Provided module is not an instance of Module');
const ERR_VM_MODULE_DIFFERENT_CONTEXT = () => makeNodeError(Error,
  'ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context');
const ERR_VM_MODULE_LINK_FAILURE = (message, cause) => {
  const err = makeNodeError(Error, 'ERR_VM_MODULE_LINK_FAILURE', message);
  if (cause !== undefined) {
    Object.defineProperty(err, 'cause', {
      value: cause, writable: true, enumerable: false, configurable: true,
    });
  }
  return err;
};
const ERR_VM_MODULE_ALREADY_LINKED = () => makeNodeError(Error, 'ERR_VM_MODULE_ALREADY_LINKED',
  'Module has already been linked');
const ERR_VM_MODULE_STATUS = (what) => makeNodeError(Error, 'ERR_VM_MODULE_STATUS',
  `Module status ${what}`);
const ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA = () => makeNodeError(Error,
  'ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated');
const ERR_MODULE_LINK_MISMATCH = (message) => makeNodeError(TypeError, 'ERR_MODULE_LINK_MISMATCH',
  message);
const ERR_INVALID_THIS = (type) => makeNodeError(TypeError, 'ERR_INVALID_THIS',
  `Value of "this" must be of type ${type}`);

// The native module handle of a Module object (a private field of
// Module; undefined for anything else).
let moduleHandle;
// For the ES module loader (bootstrap.js): [[identifier, line, column]]
// of the modules of a graph that wait at a top-level await of their own.
internals.stalledTopLevelAwaits = (module) =>
  binding.moduleStalledAwaits(moduleHandle(module));
const kLink = Symbol('kLink');
// The host loader's subclasses (below): no warning, no flag needed.
const hostModuleClasses = new Set();
let vmModulesWarned = false;
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kContext = Symbol('kContext');

function isModule(value) {
  return typeof value === 'object' && value !== null && moduleHandle(value) !== undefined;
}

function handleOf(module, type = 'Module') {
  const handle = typeof module === 'object' && module !== null ? moduleHandle(module) : undefined;
  if (handle === undefined) throw ERR_INVALID_THIS(type);
  return handle;
}

function isModuleNamespace(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.toString.call(value) === '[object Module]' &&
    Object.getPrototypeOf(value) === null;
}

// What import() gets from a user callback: the namespace of the module it
// returns (or the namespace it returns). Without --experimental-vm-modules
// a user's callback is never called: the import rejects (Node 26).
function importModuleDynamicallyWrap(importModuleDynamically, host = false) {
  if (!host && !internals.experimentalVmModules) {
    return async () => { throw ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG(); };
  }
  return async (...args) => {
    const m = await importModuleDynamically(...args);
    if (isModuleNamespace(m)) return m;
    if (!isModule(m)) throw ERR_VM_MODULE_NOT_MODULE();
    if (m.status === 'errored') throw m.error;
    return m.namespace;
  };
}

class Module {
  #handle;

  static {
    moduleHandle = (m) => (#handle in m ? m.#handle : undefined);
  }

  constructor(options) {
    const host = hostModuleClasses.has(new.target);
    if (!host && !vmModulesWarned) {
      vmModulesWarned = true;
      process.emitWarning('VM Modules is an experimental feature and might change at any time',
                          'ExperimentalWarning');
    }
    if (new.target === Module) {
      throw new TypeError('Module is not a constructor');
    }
    const { context, identifier } = options;
    if (context !== undefined) {
      validateObject(context, 'options.context');
      if (!isContext(context)) {
        throw ERR_INVALID_ARG_TYPE('options.context', 'vm.Context', context);
      }
    }
    if (identifier !== undefined) validateString(identifier, 'options.identifier');
    let handle;
    if (options.sourceText !== undefined) {
      handle = binding.moduleCompile(options.sourceText, identifier, context,
                                     options.lineOffset, options.columnOffset,
                                     options.initializeImportMeta,
                                     options.importModuleDynamically === undefined ? undefined :
                                       importModuleDynamicallyWrap(
                                         options.importModuleDynamically, host),
                                     cachedDataBytes(options.cachedData));
    } else {
      handle = binding.moduleSynthetic(options.syntheticExportNames,
                                       options.syntheticEvaluationSteps, identifier, context);
    }
    this.#handle = handle;
    binding.moduleSetObject(handle, this);
    this[kContext] = context;
  }

  get identifier() {
    return binding.moduleIdentifier(handleOf(this));
  }

  get context() {
    handleOf(this);
    return this[kContext];
  }

  get namespace() {
    return binding.moduleNamespace(handleOf(this));
  }

  get status() {
    return binding.moduleStatus(handleOf(this));
  }

  get error() {
    return binding.moduleError(handleOf(this));
  }

  async link(linker) {
    handleOf(this);
    if (typeof linker !== 'function') throw ERR_INVALID_ARG_TYPE('linker', 'function', linker);
    if (this.status === 'linked') throw ERR_VM_MODULE_ALREADY_LINKED();
    if (this.status !== 'unlinked') throw ERR_VM_MODULE_STATUS('must be unlinked');
    await this[kLink](linker);
    binding.moduleInstantiate(moduleHandle(this));
  }

  async evaluate(options = {}) {
    const handle = handleOf(this);
    validateObject(options, 'options');
    const timeout = timeoutOption(options);
    const { breakOnSigint = false } = options;
    validateBoolean(breakOnSigint, 'options.breakOnSigint');
    const status = this.status;
    if (status !== 'linked' && status !== 'evaluated' && status !== 'errored') {
      throw ERR_VM_MODULE_STATUS('must be one of linked, evaluated, or errored');
    }
    await binding.moduleEvaluate(handle, timeout, breakOnSigint);
  }

  [inspectCustom](depth, options, inspect) {
    handleOf(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor;
    const o = { __proto__: { constructor } };
    o.status = this.status;
    o.identifier = this.identifier;
    o.context = this.context;
    Object.setPrototypeOf(o, Object.getPrototypeOf(this));
    Object.defineProperty(o, Symbol.toStringTag, { value: constructor.name, configurable: true });
    return inspect(o, { ...options, customInspect: false });
  }
}

const kNoError = Symbol('kNoError');

class SourceTextModule extends Module {
  #error = kNoError;
  #statusOverride;
  #moduleRequests;
  #dependencySpecifiers;

  constructor(sourceText, options = {}) {
    validateString(sourceText, 'sourceText');
    validateObject(options, 'options');
    const {
      lineOffset = 0,
      columnOffset = 0,
      initializeImportMeta,
      importModuleDynamically,
      context,
      identifier,
      cachedData,
    } = options;
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    if (initializeImportMeta !== undefined && typeof initializeImportMeta !== 'function') {
      throw ERR_INVALID_ARG_TYPE('options.initializeImportMeta', 'function',
                                 initializeImportMeta);
    }
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function') {
      throw ERR_INVALID_ARG_TYPE('options.importModuleDynamically', 'function',
                                 importModuleDynamically);
    }
    if (cachedData !== undefined && !ArrayBuffer.isView(cachedData)) {
      throw ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'],
                                 cachedData);
    }
    // Data that does not fit is ERR_VM_MODULE_CACHED_DATA_REJECTED, thrown
    // by the binding once the source compiled.
    super({
      sourceText, context, identifier, lineOffset, columnOffset,
      initializeImportMeta, importModuleDynamically, cachedData,
    });
    this.#moduleRequests = Object.freeze(binding.moduleRequests(moduleHandle(this))
      .map(([specifier, attributes]) => Object.freeze({
        __proto__: null, specifier, attributes, phase: 'evaluation',
      })));
  }

  async [kLink](linker) {
    this.#statusOverride = 'linking';
    const requests = this.#moduleRequests;
    const promises = [];
    for (let i = 0; i < requests.length; i++) {
      const { specifier, attributes } = requests[i];
      const result = linker(specifier, this, { attributes, assert: attributes });
      promises.push(Promise.resolve(result).then(async (module) => {
        if (!isModule(module)) throw ERR_VM_MODULE_NOT_MODULE();
        if (module.context !== this.context) throw ERR_VM_MODULE_DIFFERENT_CONTEXT();
        if (module.status === 'errored') {
          throw ERR_VM_MODULE_LINK_FAILURE(
            `request for '${specifier}' resolved to an errored module`, module.error);
        }
        if (module.status === 'unlinked') await module[kLink](linker);
        return module;
      }));
    }
    try {
      const modules = await Promise.all(promises);
      binding.moduleLinkRequests(moduleHandle(this), modules.map(moduleHandle));
    } catch (e) {
      this.#error = e;
      throw e;
    } finally {
      this.#statusOverride = undefined;
    }
  }

  linkRequests(modules) {
    const handle = handleOf(this, 'SourceTextModule');
    if (this.status !== 'unlinked') throw ERR_VM_MODULE_STATUS('must be unlinked');
    validateArray(modules, 'modules');
    const count = this.#moduleRequests.length;
    if (modules.length !== count) {
      throw ERR_MODULE_LINK_MISMATCH(`Expected ${count} modules, got ${modules.length}`);
    }
    const handlesOfModules = [];
    for (let i = 0; i < modules.length; i++) {
      const m = modules[i];
      if (!isModule(m)) throw ERR_VM_MODULE_NOT_MODULE();
      if (m.context !== this.context) throw ERR_VM_MODULE_DIFFERENT_CONTEXT();
      handlesOfModules.push(moduleHandle(m));
    }
    binding.moduleLinkRequests(handle, handlesOfModules);
  }

  instantiate() {
    const handle = handleOf(this, 'SourceTextModule');
    if (this.status !== 'unlinked') throw ERR_VM_MODULE_STATUS('must be unlinked');
    binding.moduleInstantiate(handle);
  }

  get dependencySpecifiers() {
    handleOf(this, 'SourceTextModule');
    this.#dependencySpecifiers ??= Object.freeze(this.#moduleRequests.map((r) => r.specifier));
    return this.#dependencySpecifiers;
  }

  get moduleRequests() {
    handleOf(this, 'SourceTextModule');
    return this.#moduleRequests;
  }

  get status() {
    handleOf(this, 'SourceTextModule');
    if (this.#error !== kNoError) return 'errored';
    if (this.#statusOverride) return this.#statusOverride;
    return super.status;
  }

  get error() {
    handleOf(this, 'SourceTextModule');
    if (this.#error !== kNoError) return this.#error;
    return super.error;
  }

  hasAsyncGraph() {
    const handle = handleOf(this, 'SourceTextModule');
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') {
      throw ERR_VM_MODULE_STATUS('must be instantiated');
    }
    return binding.moduleHasAsyncGraph(handle);
  }

  hasTopLevelAwait() {
    return binding.moduleHasTopLevelAwait(handleOf(this, 'SourceTextModule'));
  }

  createCachedData() {
    // Node reads its wrap without a check: V8's TypeError for other values.
    if (!isModule(this)) {
      throw new TypeError("Cannot read properties of undefined (reading 'createCachedData')");
    }
    const { status } = this;
    if (status === 'evaluating' || status === 'evaluated' || status === 'errored') {
      throw ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA();
    }
    return toBuffer(binding.moduleCreateCachedData(moduleHandle(this)));
  }
}

class SyntheticModule extends Module {
  constructor(exportNames, evaluateCallback, options = {}) {
    if (!Array.isArray(exportNames) || exportNames.some((e) => typeof e !== 'string')) {
      throw ERR_INVALID_ARG_TYPE('exportNames', 'Array of unique strings', exportNames);
    }
    exportNames.forEach((name, i) => {
      if (exportNames.indexOf(name, i + 1) !== -1) {
        throw ERR_INVALID_ARG_VALUE(`exportNames.${name}`, name, 'is duplicated');
      }
    });
    if (typeof evaluateCallback !== 'function') {
      throw ERR_INVALID_ARG_TYPE('evaluateCallback', 'function', evaluateCallback);
    }
    validateObject(options, 'options');
    const { context, identifier } = options;
    // `this` of the callback is the module's native wrap, which can set
    // exports too (Node's ModuleWrap).
    let self;
    const wrap = {
      setExport(name, value) { self.setExport(name, value); },
    };
    super({
      syntheticExportNames: exportNames,
      syntheticEvaluationSteps: () => { evaluateCallback.call(wrap); },
      context,
      identifier,
    });
    self = this;
  }

  link() {
    handleOf(this, 'SyntheticModule');
  }

  [kLink]() {}

  setExport(name, value) {
    const handle = handleOf(this, 'SyntheticModule');
    validateString(name, 'name');
    const status = this.status;
    if (status === 'unlinked' || status === 'linking') throw ERR_VM_MODULE_STATUS('must be linked');
    binding.moduleSetExport(handle, name, value);
  }
}

// ----- measureMemory ---------------------------------------------------------
// V8 measures at a garbage collection: `eager` starts one at once (in a task
// of its own), `default` waits for the next one, which V8 schedules 10 to 20
// seconds later without keeping the process alive. A collection answers
// every request waiting, in order. Here an eager request collects in an
// immediate; a default one is answered after the next collection the engine
// runs (seen through a FinalizationRegistry watching an object only a
// collection frees), or by a collection of its own 10 to 20 seconds later,
// on a timer that does not keep the process alive.
const pendingMeasurements = [];
let eagerMeasurement = null;
let delayedMeasurement = null;
let watchingCollections = false;
const collections = new FinalizationRegistry(() => {
  watchingCollections = false;
  if (pendingMeasurements.length > 0) answerMeasurements(false);
});

function memoryResult(numbers, detailed) {
  const estimate = (i) => ({ jsMemoryEstimate: numbers[i], jsMemoryRange: [numbers[i], numbers[i + 1]] });
  const result = { total: estimate(0), WebAssembly: { code: 0, metadata: 0 } };
  if (detailed) {
    result.current = estimate(2);
    result.other = [];
    for (let i = 4; i < numbers.length; i += 2) result.other.push(estimate(i));
  }
  return result;
}

function answerMeasurements(collect) {
  const requests = pendingMeasurements.splice(0);
  if (eagerMeasurement !== null) timers.clearImmediate(eagerMeasurement);
  if (delayedMeasurement !== null) timers.clearTimeout(delayedMeasurement);
  eagerMeasurement = delayedMeasurement = null;
  if (requests.length === 0) return;
  let numbers;
  try {
    numbers = binding.measureMemory(collect);
  } catch (err) {
    for (const { reject } of requests) reject(err);
    return;
  }
  for (const { detailed, resolve } of requests) resolve(memoryResult(numbers, detailed));
}

let measureMemoryWarned = false;

function measureMemory(options = {}) {
  // Node warns once per process, before checking the arguments.
  if (!measureMemoryWarned) {
    measureMemoryWarned = true;
    process.emitWarning('vm.measureMemory is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  return new Promise((resolve, reject) => {
    pendingMeasurements.push({ detailed: mode === 'detailed', resolve, reject });
    if (execution === 'eager') {
      if (eagerMeasurement === null) {
        eagerMeasurement = timers.setImmediate(() => {
          eagerMeasurement = null;
          answerMeasurements(true);
        });
      }
      return;
    }
    if (!watchingCollections) {
      // Only the cycle collector frees an object that refers to itself.
      const watched = {};
      watched.self = watched;
      collections.register(watched, undefined);
      watchingCollections = true;
    }
    if (delayedMeasurement === null) {
      delayedMeasurement = timers.setTimeout(() => {
        delayedMeasurement = null;
        answerMeasurements(true);
      }, 10000 + Math.floor(Math.random() * 10000));
      delayedMeasurement.unref();
    }
  });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};

// The host's ES module loader makes its modules with these: the same
// classes, seen as the host's (the constructor names stay Node's).
const forHost = (Base) => {
  const C = class extends Base {};
  Object.defineProperty(C, 'name', { value: Base.name });
  hostModuleClasses.add(C);
  return C;
};
internals.vmModules = {
  Module,
  SourceTextModule: forHost(SourceTextModule),
  SyntheticModule: forHost(SyntheticModule),
};
if (internals.experimentalVmModules) {
  Object.assign(module.exports, { Module, SourceTextModule, SyntheticModule });
}
