// jsvm: the JavaScript face of `node:vm`: Node 26's argument handling and
// errors, over the native binding of jsvm's vm layer (`internals.vm`).
// Body of a function (module, exports, internals, require).
'use strict';

const binding = internals.vm;
const timers = require('timers');
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

class ContextifyScript {
  constructor(code, filename, lineOffset, columnOffset, parsingContext) {
    const handle = binding.compileScript(code, filename, lineOffset, columnOffset,
                                         parsingContext);
    handles.set(this, handle);
    this.sourceMapURL = binding.scriptSourceMapURL(handle);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { timeout, breakOnSigint, displayErrors } = getRunInContextArgs(options);
    return binding.runScript(handles.get(this), contextifiedObject, timeout, breakOnSigint,
                             displayErrors);
  }

  createCachedData() {
    throw new Error('script.createCachedData() is not supported yet');
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
    super(code, filename, lineOffset, columnOffset, parsingContext);
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

function measureMemory(options = {}) {
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
