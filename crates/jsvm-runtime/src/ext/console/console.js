// jsvm: `console` and `node:console`'s Console, as Node 26 prints.
// Body of a function (module, exports, internals, require).
'use strict';

// internal/inspect is large: loaded when something is first printed.
const inspect = (...args) => require('internal/inspect').inspect(...args);
const formatWithOptions = (...args) => require('internal/inspect').formatWithOptions(...args);
const getStringWidth = (...args) => require('internal/inspect').getStringWidth(...args);
const { isMap, isSet, isMapIterator, isSetIterator, isTypedArray } = require('internal/types');
const {
  makeNodeError, validateArray, validateInt32, validateObject, validateOneOf,
} = require('internal/errors');

const ERR_CONSOLE_WRITABLE_STREAM = (name) => makeNodeError(TypeError,
  'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);

function warn(message) {
  if (typeof process.emitWarning === 'function') process.emitWarning(message);
  else process.stderr.write(`(node:${process.pid}) Warning: ${message}\n`);
}

// ----- console.table ---------------------------------------------------------------
const box = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
  leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
  bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502',
  middle: ' \u2502 ',
};

function renderRow(row, widths) {
  let out = box.left;
  for (let i = 0; i < row.length; i++) {
    out += row[i] + ' '.repeat(Math.ceil(widths[i] - getStringWidth(row[i])));
    if (i !== row.length - 1) out += box.middle;
  }
  return out + box.right;
}

function renderTable(head, columns) {
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const divider = widths.map((w) => box.middleMiddle.repeat(w + 2));
  let result = `${box.topLeft}${divider.join(box.topMiddle)}${box.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${box.leftMiddle}${divider.join(box.rowMiddle)}${box.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  return `${result}${box.bottomLeft}${divider.join(box.bottomMiddle)}${box.bottomRight}`;
}

const isArrayLike = (v) => Array.isArray(v) || isTypedArray(v);

function table(con, data, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');
  if (data === null || typeof data !== 'object') return con.log(data);
  const final = (k, v) => con.log(renderTable(k, v));
  const fmt = (v) => {
    const depth = v !== null && typeof v === 'object' && !isArrayLike(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...con._inspectOptions() });
  };
  const indexes = (length) => Array.from({ length }, (_, i) => fmt(i));

  const mapIter = isMapIterator(data);
  let isKeyValue = false;
  if (mapIter) {
    const res = internals.previewEntries(data, true);
    data = res[0];
    isKeyValue = res[1];
  }
  if (isKeyValue || isMap(data)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < data.length / 2; i++) {
        keys.push(fmt(data[i * 2]));
        values.push(fmt(data[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of data) {
        keys.push(fmt(k));
        values.push(fmt(v));
      }
    }
    return final(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
  }
  const setIter = isSetIterator(data);
  if (setIter) data = internals.previewEntries(data, true)[0];
  if (setIter || mapIter || isSet(data)) {
    const values = [];
    for (const v of data) values.push(fmt(v));
    return final(['(iteration index)', 'Values'], [indexes(values.length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const primitiveValues = [];
  const indexKeys = Object.keys(data);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = data[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitiveValues[i] = fmt(item);
    } else {
      for (const key of properties || Object.keys(item)) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = fmt(item[key]);
        }
      }
    }
  }
  const keys = Object.keys(map);
  const values = Object.values(map);
  if (hasPrimitives) {
    keys.push('Values');
    values.push(primitiveValues);
  }
  keys.unshift('(index)');
  values.unshift(indexKeys);
  return final(keys, values);
}

// ----- durations -----------------------------------------------------------------
const pad = (v) => `${v}`.padStart(2, '0');
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.', 2);
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function nowMs() {
  const [s, ns] = process.hrtime();
  return s * 1000 + ns / 1e6;
}

// ----- Console ---------------------------------------------------------------------
const kState = Symbol('kState');

// A console writing to `getStdout()`/`getStderr()` (streams with `write`),
// with methods bound to it.
function makeConsole(target, getStdout, getStderr, opts = {}) {
  const state = {
    indent: '',
    indentWidth: opts.groupIndentation ?? 2,
    counts: new Map(),
    times: new Map(),
    colorMode: opts.colorMode ?? 'auto',
    inspectOptions: opts.inspectOptions,
  };
  const inspectOptions = (stream) => {
    let colors = state.colorMode;
    if (colors === 'auto') {
      colors = require('internal/util').shouldColorize(stream);
    }
    if (state.inspectOptions) {
      const o = { ...state.inspectOptions };
      if (o.colors === undefined) o.colors = colors;
      return o;
    }
    return colors ? { colors: true } : {};
  };
  const write = (toStdout, string) => {
    if (state.indent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${state.indent}`);
      string = state.indent + string;
    }
    const stream = toStdout ? getStdout() : getStderr();
    try {
      stream.write(`${string}\n`);
    } catch (e) {
      if (opts.ignoreErrors === false) throw e;
    }
  };
  const formatFor = (stream, args) => {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    return formatWithOptions(inspectOptions(stream), ...args);
  };

  const methods = {
    log(...args) { write(true, formatFor(getStdout(), args)); },
    info(...args) { write(true, formatFor(getStdout(), args)); },
    debug(...args) { write(true, formatFor(getStdout(), args)); },
    warn(...args) { write(false, formatFor(getStderr(), args)); },
    error(...args) { write(false, formatFor(getStderr(), args)); },
    dir(object, options) {
      write(true, inspect(object, { customInspect: false, ...inspectOptions(getStdout()), ...options }));
    },
    time(label = 'default') {
      label = `${label}`;
      if (state.times.has(label)) {
        warn(`Label '${label}' already exists for console.time()`);
        return;
      }
      state.times.set(label, nowMs());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (timeLogImpl(label, 'console.timeEnd()')) state.times.delete(label);
    },
    timeLog(label = 'default', ...data) {
      timeLogImpl(`${label}`, 'console.timeLog()', data);
    },
    trace: function trace(...args) {
      const err = { name: 'Trace', message: formatFor(getStderr(), args) };
      Error.captureStackTrace(err, bound.trace);
      target.error(err.stack);
    },
    assert(expression, ...args) {
      if (!expression) {
        if (args.length && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
        else args.unshift('Assertion failed');
        Reflect.apply(target.warn, target, args);
      }
    },
    clear() {},
    count(label = 'default') {
      label = `${label}`;
      const count = (state.counts.get(label) ?? 0) + 1;
      state.counts.set(label, count);
      target.log(`${label}: ${count}`);
    },
    countReset(label = 'default') {
      if (!state.counts.has(label)) {
        warn(`Count for '${label}' does not exist`);
        return;
      }
      state.counts.delete(`${label}`);
    },
    group(...data) {
      if (data.length > 0) Reflect.apply(target.log, target, data);
      state.indent += ' '.repeat(state.indentWidth);
    },
    groupEnd() {
      state.indent = state.indent.slice(0, state.indent.length - state.indentWidth);
    },
    table(data, properties) {
      table(target, data, properties);
    },
  };
  function timeLogImpl(label, implementation, data) {
    const start = state.times.get(label);
    if (start === undefined) {
      warn(`No such label '${label}' for ${implementation}`);
      return false;
    }
    const formatted = formatTime(nowMs() - start);
    if (data === undefined) target.log('%s: %s', label, formatted);
    else target.log('%s: %s', label, formatted, ...data);
    return true;
  }
  methods.dirxml = methods.log;
  methods.groupCollapsed = methods.group;
  const bound = {};
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    bound[name] = { [name]: (...args) => Reflect.apply(fn, target, args) }[name];
    Object.defineProperty(target, name, {
      value: bound[name], writable: true, enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(target, kState, { value: state });
  Object.defineProperty(target, '_inspectOptions', { value: () => inspectOptions(getStdout()) });
  return target;
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, [options, stderr, ignoreErrors]);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout, stderr: err = stdout, ignoreErrors: ignore = true, colorMode = 'auto',
    inspectOptions, groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!err || typeof err.write !== 'function') throw ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInt32(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
        'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }
  makeConsole(this, () => stdout, () => err, {
    ignoreErrors: ignore, colorMode, inspectOptions, groupIndentation,
  });
  Object.defineProperty(this, '_stdout', { value: stdout, writable: true, configurable: true });
  Object.defineProperty(this, '_stderr', { value: err, writable: true, configurable: true });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value: (instance) => instance !== null && typeof instance === 'object' && kState in instance,
});

function createGlobalConsole(getStdout, getStderr) {
  const con = makeConsole({}, getStdout, getStderr);
  con.Console = Console;
  // The inspector's methods: nothing to do without an inspector.
  Object.assign(con, {
    profile() {},
    profileEnd() {},
    timeStamp() {},
    context: () => makeConsole({}, getStdout, getStderr),
    createTask: () => ({ run: (fn) => fn() }),
  });
  return con;
}

module.exports = { Console, createGlobalConsole, formatTime };
