// jsvm: `node:assert` and `node:assert/strict` with Node 26's AssertionError
// messages (the "+ actual - expected" line diff, the source expression of a
// failed `assert.ok`). Body of a function (module, exports, internals, require).
'use strict';

const { inspect, format } = require('internal/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  makeNodeError, determineSpecificType, validateFunction, validateObject, validateOneOf,
} = require('internal/errors');
const { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual } =
  require('internal/comparisons');
const { isPromise, isRegExp, isNativeError } = require('internal/types');

const ERR_MISSING_ARGS = (...names) => makeNodeError(TypeError, 'ERR_MISSING_ARGS',
  `The ${names.map((n) => `"${n}"`).join(' and ')} arguments must be specified`);
const ERR_AMBIGUOUS_ARGUMENT = (name, reason) => makeNodeError(TypeError,
  'ERR_AMBIGUOUS_ARGUMENT', `The "${name}" argument is ambiguous. ${reason}`);
const ERR_INVALID_RETURN_VALUE = (input, name, value) => makeNodeError(TypeError,
  'ERR_INVALID_RETURN_VALUE',
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`);
const ERR_CONSTRUCT_CALL_REQUIRED = (name) => makeNodeError(TypeError,
  'ERR_CONSTRUCT_CALL_REQUIRED', `Class constructor ${name} cannot be invoked without \`new\``);

const isError = (e) => isNativeError(e) || e instanceof Error;

// ----- AssertionError ------------------------------------------------------

const readableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
const diffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

function inspectValue(v) {
  return inspect(v, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, showProxy: false, sorted: true, getters: true,
  });
}

// An error's look-alike whose stack is not shown in the diff.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (isError(cause)) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

// Myers' shortest edit script between two lists of lines; the result lists
// [op, line] from the end (op: 1 insert (actual), -1 delete (expected), 0 same).
function linesEqual(a, b, commaBlind) {
  return a === b || (commaBlind && (`${a},` === b || a === `${b},`));
}

function myersDiff(actual, expected, commaBlind = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 1);
  const trace = [];
  for (let d = 0; d <= max; d++) {
    trace.push(new Int32Array(v));
    for (let k = -d; k <= d; k += 2) {
      const off = k + max;
      let x = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? v[off + 1] : v[off - 1] + 1;
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], commaBlind)) {
        x++;
        y++;
      }
      v[off] = x;
      if (x >= n && y >= m) return backtrack(trace, actual, expected, commaBlind);
    }
  }
  return [];
}

function backtrack(trace, actual, expected, commaBlind) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const result = [];
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const off = k + max;
    const prevK = k === -d || (k !== d && v[off - 1] < v[off + 1]) ? k + 1 : k - 1;
    const prevX = v[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      result.push([0, commaBlind && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) result.push([1, actual[--x]]);
      else result.push([-1, expected[--y]]);
    }
  }
  return result;
}

const kNopLinesToCollapse = 5;
function printDiff(diff, operator) {
  let message = '';
  let skipped = false;
  let same = 0;
  for (let i = diff.length - 1; i >= 0; i--) {
    const [op, line] = diff[i];
    const prevOp = i < diff.length - 1 ? diff[i + 1][0] : null;
    if (prevOp === 0 && op !== prevOp) {
      if (same === kNopLinesToCollapse + 1) {
        message += `  ${diff[i + 1][1]}\n`;
      } else if (same === kNopLinesToCollapse + 2) {
        message += `  ${diff[i + 2][1]}\n  ${diff[i + 1][1]}\n`;
      } else if (same >= kNopLinesToCollapse + 3) {
        message += `...\n  ${diff[i + 1][1]}\n`;
        skipped = true;
      }
      same = 0;
    }
    if (op === 1) {
      message += `+ ${line}\n`;
    } else if (op === -1) {
      message += `- ${line}\n`;
    } else {
      if (same < kNopLinesToCollapse) message += `  ${line}\n`;
      same++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

function stackedDiff(actual, expected) {
  let message = `\n+ ${actual}\n- ${expected}`;
  const isStrings = typeof actual === 'string' && typeof expected === 'string';
  if (isStrings && actual.length + expected.length <= 80) {
    let at = -1;
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i >= 3) at = i;
        break;
      }
    }
    if (at !== -1) message += `\n${' '.repeat(at + 2)}^`;
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
        expected !== null) || (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  let skipped = false;
  let message;
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = '+ actual - expected';
  const simple = actualLines.length <= 1 && expectedLines.length <= 1 &&
    (typeof actual !== 'object' || actual === null || typeof expected !== 'object' ||
     expected === null);
  if (simple) {
    const a = actualLines[0];
    const e = expectedLines[0];
    let len = a.length + e.length;
    if (typeof actual === 'string') len -= 2;
    if (typeof expected === 'string') len -= 2;
    if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      message = `${a} !== ${e}`;
      header = '';
    } else {
      message = stackedDiff(a, e);
    }
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    if (actualLines.length > 50 && diffType !== 'full') {
      message = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = actualLines.join('\n');
    }
    header = '';
  } else {
    const commaBlind = actual != null && typeof actual === 'object';
    const printed = printDiff(myersDiff(actualLines, expectedLines, commaBlind), operator);
    message = printed.message;
    if (operator === 'partialDeepStrictEqual') header = '+ actual - expected';
    skipped = printed.skipped;
  }
  const head = `${customMessage || readableOperator[operator]}\n${header}`;
  return `${head}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > kMaxLongStringLength) {
    return `${string.slice(kMaxLongStringLength)}...`;
  }
  return string;
}

function messageFor(options) {
  const { message, operator, diff = 'simple' } = options;
  let { actual, expected } = options;
  if (message != null) {
    if (diffOperators.has(operator)) return [createErrDiff(actual, expected, operator, message, diff)];
    return [String(message)];
  }
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' &&
      expected !== null && 'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (diffOperators.has(operator)) {
    return [createErrDiff(actual, expected, operator, message, diff), actual, expected];
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = readableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = readableOperator.notStrictEqualObject;
    }
    if (res.length > 50 && diff !== 'full') {
      res[46] = '...';
      res.length = 47;
    }
    if (res.length === 1) return [`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`, actual, expected];
    return [`${base}\n\n${res.join('\n')}\n`, actual, expected];
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = readableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024 && diff !== 'full') res = `${res.slice(0, 1021)}...`;
    return [res, actual, expected];
  }
  if (res.length > kMaxLongStringLength && diff !== 'full') res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongStringLength && diff !== 'full') other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = readableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return [`${res}${other}`, actual, expected];
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, stackStartFunction, diff = 'simple' } =
      options;
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const [text, actual = options.actual, expected = options.expected] = messageFor(options);
    super(text);
    Error.stackTraceLimit = limit;
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// ----- the source expression of a failed assert.ok ------------------------

const keywords = new Set(['break', 'case', 'catch', 'continue', 'debugger', 'default', 'do',
  'else', 'finally', 'for', 'function', 'if', 'return', 'switch', 'throw', 'try', 'var',
  'const', 'while', 'with', 'new', 'this', 'super', 'class', 'extends', 'export', 'import',
  'null', 'true', 'false', 'in', 'instanceof', 'typeof', 'void', 'delete']);
const punctuators = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=',
  '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=',
  '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**'];

// Tokens of one source line, as { label, start }: 'name', 'string', 'num',
// 'regexp', 'template', keywords and punctuators by their text. Stops
// quietly at anything it cannot read (the line may be partial code).
function* tokenize(code) {
  let i = 0;
  let prev;
  const idStart = /[A-Za-z_$\u0080-\uffff\\]/;
  const idPart = /[A-Za-z0-9_$\u0080-\uffff\\]/;
  while (i < code.length) {
    const c = code[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && code[i + 1] === '/') return;
    if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      if (end === -1) return;
      i = end + 2;
      continue;
    }
    const start = i;
    let label;
    if (idStart.test(c)) {
      while (i < code.length && idPart.test(code[i])) i++;
      const word = code.slice(start, i);
      label = keywords.has(word) ? word : 'name';
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(code[i + 1]))) {
      i++;
      while (i < code.length && /[0-9A-Za-z_.]/.test(code[i])) i++;
      label = 'num';
    } else if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      if (i >= code.length) return;
      i++;
      label = 'string';
    } else if (c === '`') {
      i++;
      while (i < code.length && code[i] !== '`') i += code[i] === '\\' ? 2 : 1;
      if (i >= code.length) return;
      i++;
      label = 'template';
    } else if (c === '/' && (prev === undefined ||
               !['name', 'num', 'string', 'template', 'regexp', ')', ']', '}', 'this', 'super',
                 'null', 'true', 'false'].includes(prev))) {
      i++;
      let inClass = false;
      while (i < code.length && (code[i] !== '/' || inClass)) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        i++;
      }
      if (i >= code.length) return;
      i++;
      while (i < code.length && /[a-z]/.test(code[i])) i++;
      label = 'regexp';
    } else {
      const p = punctuators.find((q) => code.startsWith(q, i) &&
        !(q === '?.' && /[0-9]/.test(code[i + 2] || '')));
      label = p || c;
      i += label.length;
    }
    prev = label;
    yield { label, start };
  }
}

const memberAccess = ['.', '?.', '[', ']'];
const memberName = ['name', 'string', 'num'];
function firstExpression(code, column) {
  let last;
  let firstMemberName;
  let end;
  let parens = 0;
  for (const token of tokenize(code)) {
    if (token.start < column) {
      if (token.label === ';') {
        firstMemberName = null;
        continue;
      }
      if (memberAccess.includes(token.label) && last?.label === 'name') {
        firstMemberName ??= last;
      } else if (!memberAccess.includes(token.label) && !memberName.includes(token.label)) {
        firstMemberName = null;
      }
      last = token;
      continue;
    }
    if (token.label === '(') {
      parens++;
      continue;
    }
    if (token.label === ')') {
      parens--;
      if (parens === 0) {
        end = token.start + 1;
        break;
      }
      continue;
    }
    if (token.label === ';') {
      // Node ends the slice at the token object here, which reads as 0.
      end = 0;
      break;
    }
  }
  return code.slice(firstMemberName?.start ?? column, end);
}

const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(ch) {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

// Where the assertion was called: the first frame above `fn`.
function callSite(fn) {
  const limit = Error.stackTraceLimit;
  const prepare = Error.prepareStackTrace;
  let site;
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (e, frames) => frames;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    if (Array.isArray(frames) && frames.length > 0) {
      const f = frames[0];
      site = { file: f.getFileName(), line: f.getLineNumber(), column: f.getColumnNumber() };
    }
  } catch {
    site = undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  return site;
}

function okMessage(fn) {
  const site = callSite(fn);
  if (!site || typeof site.file !== 'string' || !(site.line > 0)) return undefined;
  const source = typeof internals.sourceOf === 'function' ? internals.sourceOf(site.file) : undefined;
  if (typeof source !== 'string') return undefined;
  const line = source.split(/\r?\n/)[site.line - 1];
  if (!line) return undefined;
  let expr = firstExpression(line, site.column - 1);
  if (!expr) return undefined;
  expr = expr.replace(controlChars, escapeControl);
  return `The expression evaluated to a falsy value:\n\n  ${expr}\n`;
}

// ----- failing ------------------------------------------------------------

function innerFail(obj) {
  const m = obj.message;
  if (m.length === 0) {
    obj.message = undefined;
  } else if (typeof m[0] === 'string') {
    obj.message = m.length > 1 ? format(...m) : m[0];
  } else if (isError(m[0])) {
    if (m.length > 1) {
      throw ERR_AMBIGUOUS_ARGUMENT('message', `The error message was passed as error object "${Error.prototype.toString.call(m[0])}" has trailing arguments that would be ignored.`);
    }
    throw m[0];
  } else if (typeof m[0] === 'function') {
    if (m.length > 1) {
      throw ERR_AMBIGUOUS_ARGUMENT('message', `The error message with function "${m[0].name || 'anonymous'}" has trailing arguments that would be ignored.`);
    }
    try {
      obj.message = m[0](obj.actual, obj.expected);
      if (typeof obj.message !== 'string') obj.message = undefined;
    } catch {
      obj.message = undefined;
    }
  } else {
    throw ERR_INVALID_ARG_TYPE('message', ['string', 'function'], m[0]);
  }
  const error = new AssertionError(obj);
  if (obj.generatedMessage !== undefined) error.generatedMessage = obj.generatedMessage;
  throw error;
}

function innerOk(fn, ...args) {
  if (args[0]) return;
  let generatedMessage = false;
  let message;
  if (args.length === 0) {
    generatedMessage = true;
    message = ['No value argument passed to `assert.ok()`'];
  } else if (args.length === 1 || args[1] == null) {
    generatedMessage = true;
    // Without the caller's source (code compiled by vm or eval), jsvm
    // prints `actual == true`.
    const text = okMessage(fn);
    message = text === undefined ? [] : [text];
  } else {
    message = args.slice(1);
  }
  innerFail({
    actual: args[0], expected: true, message, operator: '==', stackStartFn: fn, generatedMessage,
  });
}

// ----- the API ------------------------------------------------------------

const kOptions = Symbol('options');
const NO_EXCEPTION = {};

function Assert(options) {
  if (!new.target) throw ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = Object.assign({ __proto__: null, strict: true, skipPrototype: false }, options);
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  Object.defineProperty(this, kOptions, { value: options });
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

function assert(...args) {
  innerOk(assert, ...args);
}
assert.AssertionError = AssertionError;

const P = Assert.prototype;

P.fail = function fail(message) {
  if (isError(message)) throw message;
  let internalMessage = false;
  if (message === undefined) {
    message = 'Failed';
    internalMessage = true;
  }
  const err = new AssertionError({
    operator: 'fail', stackStartFn: fail, message, diff: this?.[kOptions]?.diff,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

P.ok = function ok(...args) {
  innerOk(ok, ...args);
};

function comparison(name, operator, fails) {
  const fn = {
    [name](actual, expected, ...message) {
      if (arguments.length < 2) throw ERR_MISSING_ARGS('actual', 'expected');
      if (fails(actual, expected, this?.[kOptions])) {
        innerFail({
          actual, expected, message, operator, stackStartFn: fn, diff: this?.[kOptions]?.diff,
        });
      }
    },
  }[name];
  return fn;
}

P.equal = comparison('equal', '==', (a, b) =>
  // eslint-disable-next-line eqeqeq
  a != b && (!Number.isNaN(a) || !Number.isNaN(b)));
P.notEqual = comparison('notEqual', '!=', (a, b) =>
  // eslint-disable-next-line eqeqeq
  a == b || (Number.isNaN(a) && Number.isNaN(b)));
P.deepEqual = comparison('deepEqual', 'deepEqual', (a, b) => !isDeepEqual(a, b));
P.notDeepEqual = comparison('notDeepEqual', 'notDeepEqual', (a, b) => isDeepEqual(a, b));
P.deepStrictEqual = comparison('deepStrictEqual', 'deepStrictEqual',
  (a, b, o) => !isDeepStrictEqual(a, b, o?.skipPrototype));
P.notDeepStrictEqual = comparison('notDeepStrictEqual', 'notDeepStrictEqual',
  (a, b, o) => isDeepStrictEqual(a, b, o?.skipPrototype));
P.strictEqual = comparison('strictEqual', 'strictEqual', (a, b) => !Object.is(a, b));
P.notStrictEqual = comparison('notStrictEqual', 'notStrictEqual', (a, b) => Object.is(a, b));
P.partialDeepStrictEqual = comparison('partialDeepStrictEqual', 'partialDeepStrictEqual',
  (a, b) => !isPartialStrictEqual(a, b));

// The keys of a validation object, with the actual value's own where a
// RegExp of the expected side matches (for a readable diff).
function comparisonObject(obj, keys, actual) {
  const out = {};
  for (const key of keys) {
    if (key in obj) {
      if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
          RegExp.prototype.exec.call(obj[key], actual[key]) !== null) {
        out[key] = actual[key];
      } else {
        out[key] = obj[key];
      }
    }
  }
  // Node's placeholders are instances of a class named Comparison.
  return Object.setPrototypeOf(out, Comparison.prototype);
}
class Comparison {}

function compareExceptionKey(self, actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const err = new AssertionError({
        actual: comparisonObject(actual, keys),
        expected: comparisonObject(expected, keys, actual),
        operator: 'deepStrictEqual',
        stackStartFn: fn,
        diff: self?.[kOptions]?.diff,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({
      actual, expected, message: [message], operator: fn.name, stackStartFn: fn,
      diff: self?.[kOptions]?.diff,
    });
  }
}

function expectedException(self, actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (RegExp.prototype.exec.call(expected, str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
        diff: self?.[kOptions]?.diff,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(self, actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({
      actual, expected, message, operator: fn.name, stackStartFn: fn,
      diff: self?.[kOptions]?.diff,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return isPromise(obj) || (obj !== null && typeof obj === 'object' &&
    typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let result;
  if (typeof promiseFn === 'function') {
    result = promiseFn();
    if (!checkIsPromise(result)) {
      throw ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', result);
    }
  } else if (checkIsPromise(promiseFn)) {
    result = promiseFn;
  } else {
    throw ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await result;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(self, fn, actual, ...rest) {
  let [error, message] = rest;
  if (typeof error === 'string') {
    if (rest.length === 2) {
      throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn === P.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name,
      message: [`Missing expected ${kind}${details}`], stackStartFn: fn,
      diff: self?.[kOptions]?.diff,
    });
  }
  if (!error) return;
  expectedException(self, actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    throw ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(self, fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn === P.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name,
      message: [`Got unwanted ${kind}${details}\nActual message: "${actual?.message}"`],
      stackStartFn: fn, diff: self?.[kOptions]?.diff,
    });
  }
  throw actual;
}

P.throws = function throws(promiseFn, ...args) {
  expectsError(this, throws, getActual(promiseFn), ...args);
};
P.rejects = async function rejects(promiseFn, ...args) {
  expectsError(this, rejects, await waitForActual(promiseFn), ...args);
};
P.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(this, doesNotThrow, getActual(fn), ...args);
};
P.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(this, doesNotReject, await waitForActual(fn), ...args);
};

P.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) message += err.constructor.name;
    else message += err.message;
  } else {
    message += inspect(err);
  }
  const newErr = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
    diff: this?.[kOptions]?.diff,
  });
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const start = origStack.indexOf('\n    at');
    if (start !== -1) {
      const originalFrames = origStack.slice(start + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const frame of originalFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(self, string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === P.match;
  if (typeof string !== 'string' ||
      (RegExp.prototype.exec.call(regexp, string) !== null) !== match) {
    const generatedMessage = message.length === 0;
    message[0] ||= typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      `${match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    innerFail({
      actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
      diff: self?.[kOptions]?.diff, generatedMessage,
    });
  }
}

P.match = function match(string, regexp, ...message) {
  internalMatch(this, string, regexp, message, match);
};
P.doesNotMatch = function doesNotMatch(string, regexp, ...message) {
  internalMatch(this, string, regexp, message, doesNotMatch);
};

const methods = ['ok', 'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'match', 'doesNotMatch', 'throws', 'rejects', 'doesNotThrow',
  'doesNotReject', 'ifError'];
for (const name of methods) {
  Object.defineProperty(assert, name, {
    value: P[name], writable: true, enumerable: true, configurable: true,
  });
}

function strict(...args) {
  innerOk(strict, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;

module.exports = assert;
