// jsvm: the JavaScript face of `node:vm`: Node 26's argument handling and
// errors, over the native binding of jsvm's vm layer (`internals.vm`).
// Body of a function (module, exports, internals, require).
'use strict';

const binding = internals.vm;
const {
  codes: { ERR_INVALID_ARG_TYPE },
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
// The native script behind each Script; kept out of sight, as in Node.
const handles = new WeakMap();

// Checked, not used yet: dynamic import() is not supported.
function validateImportModuleDynamically(value) {
  if (value !== undefined && value !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER &&
      typeof value !== 'function') {
    throw ERR_INVALID_ARG_TYPE('options.importModuleDynamically', 'function', value);
  }
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

function getRunInContextArgs(options = {}) {
  validateObject(options, 'options');
  let timeout = options.timeout;
  if (timeout === undefined) {
    timeout = -1;
  } else {
    validateUint32(timeout, 'options.timeout', true);
  }
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

class ContextifyScript {
  constructor(code, filename, lineOffset, columnOffset, cachedData, produceCachedData,
              parsingContext) {
    const handle = binding.compileScript(code, filename, lineOffset, columnOffset,
                                         parsingContext, cachedDataBytes(cachedData));
    handles.set(this, handle);
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
    this.sourceMapURL = binding.scriptSourceMapURL(handle);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
    return binding.runScript(handles.get(this), contextifiedObject, timeout, breakOnSigint,
                             displayErrors);
  }

  createCachedData() {
    return toBuffer(binding.createCachedData(handles.get(this)));
  }
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
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
  }

  runInThisContext(options) {
    const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
    return binding.runScript(handles.get(this), undefined, timeout, breakOnSigint, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    return super.runInContext(contextifiedObject, options);
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
function createContext(contextObject = {}, options = {}) {
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

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  validateObject(options, 'options');
  if (params !== undefined) {
    validateArray(params, 'params');
    for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
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
  return result.function;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
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
  constants,
};
