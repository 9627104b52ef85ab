// jsvm: `node:perf_hooks` and the global `performance`: the clock (`now`,
// `timeOrigin`) and the User Timing entries (`mark`, `measure`,
// `getEntries*`, `clear*`) with Node 26's validation and errors.
// Body of a function (module, exports, internals, require).
'use strict';

const { EventTarget } = require('internal/abort');
const { structuredClone } = require('internal/structured_clone');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  makeNodeError, validateNumber,
} = require('internal/errors');
const inspect = (...args) => require('internal/inspect').inspect(...args);
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const native = internals.perf;
const now = () => native.now();

const ERR_MISSING_ARGS = (name) =>
  makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
const ERR_ILLEGAL_CONSTRUCTOR = () =>
  makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
const ERR_PERFORMANCE_INVALID_TIMESTAMP = (t) =>
  makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${t} is not a valid timestamp`);
const ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS = (msg) =>
  makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', msg);

// Only this module makes entries and the performance object.
const kMake = Symbol('kMake');

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  constructor() {
    const [token, name, type, start, duration] = arguments;
    if (token !== kMake) throw ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  toJSON() {
    return {
      name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration,
    };
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
}

const cloneDetail = (detail) => (detail == null ? null : structuredClone(detail));

function validateOptionsObject(options) {
  if (options !== null && typeof options !== 'object') {
    throw ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

class PerformanceMark extends PerformanceEntry {
  #detail;
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateOptionsObject(options);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kMake, name, 'mark', startTime, 0);
    this.#detail = cloneDetail(options?.detail);
  }
  get detail() { return this.#detail; }
  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;
  constructor() {
    const [token, name, start, duration, detail] = arguments;
    if (token !== kMake) throw ERR_ILLEGAL_CONSTRUCTOR();
    super(kMake, name, 'measure', start, duration);
    this.#detail = detail;
  }
  get detail() { return this.#detail; }
  toJSON() { return { ...super.toJSON(), detail: this.#detail }; }
}

const marks = [];
const measures = [];

// The time a mark name (its latest mark) or a timestamp stands for.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === name) return marks[i].startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function byStartTime(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

class Performance extends EventTarget {
  constructor() {
    if (arguments[0] !== kMake) throw ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() { return now(); }
  get timeOrigin() { return native.timeOrigin; }

  mark(name, options) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    marks.push(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    name = `${name}`;
    let options;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      options = startOrOptions;
      if (endMark !== undefined) {
        throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
      }
      if (options.start !== undefined && options.end !== undefined &&
          options.duration !== undefined) {
        throw ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
          'Must not have options.start, options.end, and options.duration specified');
      }
    }
    let end;
    if (endMark !== undefined) {
      end = markTime(endMark);
    } else if (options?.end !== undefined) {
      end = markTime(options.end);
    } else if (options?.start !== undefined && options.duration !== undefined) {
      end = markTime(options.start) + markTime(options.duration);
    } else {
      end = now();
    }
    let start;
    if (options !== undefined) {
      if (options.start !== undefined) start = markTime(options.start);
      else if (options.duration !== undefined && options.end !== undefined) {
        start = end - markTime(options.duration);
      } else {
        start = 0;
      }
    } else if (typeof startOrOptions === 'string') {
      start = markTime(startOrOptions);
    } else {
      start = 0;
    }
    const measure = new PerformanceMeasure(kMake, name, start, end - start,
      cloneDetail(options?.detail));
    measures.push(measure);
    return measure;
  }

  clearMarks(name) {
    remove(marks, name);
  }

  clearMeasures(name) {
    remove(measures, name);
  }

  getEntries() {
    return byStartTime([...marks, ...measures]);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this.getEntries().filter((e) => e.name === name &&
      (type === undefined || e.entryType === `${type}`));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return byStartTime([...marks]);
    if (type === 'measure') return byStartTime([...measures]);
    return [];
  }

  toJSON() {
    return { timeOrigin: this.timeOrigin };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect(this.toJSON(), opts)}`;
  }

  get [Symbol.toStringTag]() { return 'Performance'; }
}

function remove(list, name) {
  if (name === undefined) {
    list.length = 0;
    return;
  }
  name = `${name}`;
  const kept = list.filter((e) => e.name !== name);
  list.length = 0;
  list.push(...kept);
}

const performance = new Performance(kMake);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
