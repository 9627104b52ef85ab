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

const constants = Object.freeze(Object.assign(Object.create(null), {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}));

const kParsingContext = Symbol('script parsing context');
// What the binding's fast paths return for an object that is not a context.
const kNotContext = binding.notContext;
const kDefaultFilename = 'evalmachine.<anonymous>';

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

// The native script behind a Script (kept out of sight, as in Node).
let handleOf;

// script.runInContext: without options (the common case) the binding
// looks the context up once and runs; validation happens only when it
// reports something that is not a context.
function runScriptInContext(script, contextifiedObject, options) {
  if (options === undefined && typeof contextifiedObject === 'object' &&
      contextifiedObject !== null) {
    const result = binding.runScript(handleOf(script), contextifiedObject, -1, false, true);
    if (result !== kNotContext) return result;
  }
  validateContext(contextifiedObject);
  const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
  return binding.runScript(handleOf(script), contextifiedObject, timeout, breakOnSigint,
                           displayErrors);
}

class ContextifyScript {
  #handle;

  static {
    handleOf = (script) => (#handle in script ? script.#handle : undefined);
  }

  constructor(code, filename, lineOffset, columnOffset, parsingContext) {
    const handle = binding.compileScript(code, filename, lineOffset, columnOffset,
                                         parsingContext);
    this.#handle = handle;
    this.sourceMapURL = binding.scriptSourceMapURL(handle);
  }

  runInContext(contextifiedObject, options) {
    return runScriptInContext(this, contextifiedObject, options);
  }

  createCachedData() {
    throw new Error('script.createCachedData() is not supported yet');
  }
}

class Script extends ContextifyScript {
  constructor(code, options) {
    code = `${code}`;
    if (options === undefined) {
      super(code, kDefaultFilename, 0, 0, undefined);
      return;
    }
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
    super(code, filename, lineOffset, columnOffset, parsingContext);
  }

  runInThisContext(options) {
    const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
    return binding.runScript(handleOf(this), undefined, timeout, breakOnSigint, displayErrors);
  }

  runInContext(contextifiedObject, options) {
    return runScriptInContext(this, contextifiedObject, options);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}
Object.defineProperty(Script.prototype, 'cachedDataRejected', {
  value: undefined, writable: true, enumerable: false, configurable: true,
});

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
                                   undefined, []);
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
  // Checked, not used yet: cached data needs a Buffer (a later issue).
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
  return binding.compileFunction(code, params === undefined ? [] : [...params], filename,
                                 lineOffset, columnOffset, parsingContext,
                                 contextExtensions.filter((e) => e !== null));
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

const kNoOptions = Object.freeze({});

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
