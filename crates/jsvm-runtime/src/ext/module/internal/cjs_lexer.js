// jsvm: finds the names a CommonJS module exports without running it, for
// the named exports of `import { x } from './file.cjs'`, by the rules of the
// lexer Node uses (cjs-module-lexer): `exports.x =`, `exports['x'] =`,
// `module.exports.x =`, `Object.defineProperty(exports, 'x', ...)`,
// `module.exports = { a, b: c, 'd': e }`, and as re-exports
// `module.exports = require('y')`, `...require('y')` in that object,
// `__exportStar(require('y'), exports)` / `__export(require('y'))` and
// Babel's `Object.keys(_y).forEach(...)` over `var _y = require('y')`.
// Our own small tokenizer: strings, templates, comments and regular
// expressions are skipped, so text inside them never counts.
// Body of a function (module, exports, internals, require).
'use strict';

const isIdStart = (c) => /[A-Za-z_$\u0080-\uffff]/.test(c);
const isIdPart = (c) => /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

// Keywords after which a `/` starts a regular expression.
const regexAfterWord = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'instanceof',
  'new', 'void', 'delete', 'throw', 'yield', 'await']);

// Tokens: { t: 'id' | 'str' | 'p' (punctuator) | 'num', v }.
function tokenize(src) {
  const tokens = [];
  // Open template literals waiting for the `}` of a `${`: the brace depth
  // at which each was entered.
  const templateDepths = [];
  let depth = 0;
  let i = 0;
  const n = src.length;
  const last = () => tokens[tokens.length - 1];
  const readTemplate = () => {
    // At the character after a backtick or after the `}` closing a `${`.
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        tokens.push({ t: 'str', v: undefined });
        return;
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        templateDepths.push(depth);
        depth++;
        tokens.push({ t: 'p', v: '(' });
        return;
      } else {
        i++;
      }
    }
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' ||
        c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') {
      i++;
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (c === '\'' || c === '"') {
      let v = '';
      i++;
      while (i < n && src[i] !== c && src[i] !== '\n') {
        if (src[i] === '\\') {
          const e = src[i + 1];
          v += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' }[e] ?? e;
          i += 2;
        } else {
          v += src[i++];
        }
      }
      i++;
      tokens.push({ t: 'str', v });
    } else if (c === '`') {
      i++;
      readTemplate();
    } else if (c === '/') {
      const prev = last();
      const regex = prev === undefined ||
        (prev.t === 'p' && prev.v !== ')' && prev.v !== ']') ||
        (prev.t === 'id' && regexAfterWord.has(prev.v));
      if (regex) {
        let inClass = false;
        i++;
        while (i < n && src[i] !== '\n') {
          const d = src[i];
          if (d === '\\') {
            i += 2;
            continue;
          }
          i++;
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
        }
        while (i < n && isIdPart(src[i])) i++;
        tokens.push({ t: 'str', v: undefined });
      } else {
        i++;
        if (src[i] === '=') i++;
        tokens.push({ t: 'p', v: '/' });
      }
    } else if (isIdStart(c)) {
      const start = i;
      while (i < n && isIdPart(src[i])) i++;
      tokens.push({ t: 'id', v: src.slice(start, i) });
    } else if (c >= '0' && c <= '9') {
      while (i < n && /[0-9A-Za-z_.]/.test(src[i])) i++;
      tokens.push({ t: 'num', v: undefined });
    } else if (c === '}' && templateDepths.length > 0 &&
               templateDepths[templateDepths.length - 1] === depth - 1) {
      templateDepths.pop();
      depth--;
      i++;
      tokens.push({ t: 'p', v: ')' });
      readTemplate();
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      // `==`, `===`, `=>` and `.` sequences as one token each, so that
      // `exports.x == y` is not an assignment.
      if (c === '=' && (src[i + 1] === '=' || src[i + 1] === '>')) {
        const len = src[i + 1] === '=' && src[i + 2] === '=' ? 3 : 2;
        tokens.push({ t: 'p', v: src.slice(i, i + len) });
        i += len;
      } else if (c === '.' && src[i + 1] === '.' && src[i + 2] === '.') {
        tokens.push({ t: 'p', v: '...' });
        i += 3;
      } else if ('!<>+-*%&|^?'.includes(c) && src[i + 1] === '=') {
        tokens.push({ t: 'p', v: src.slice(i, i + 2) });
        i += 2;
      } else {
        tokens.push({ t: 'p', v: c });
        i++;
      }
    }
  }
  return tokens;
}

const isIdentifierName = (s) => typeof s === 'string' && /^[A-Za-z_$][\w$]*$/.test(s);

function parseCJS(source) {
  const tokens = tokenize(source);
  const exportNames = new Set();
  const reexports = [];
  const requireBindings = new Set();
  const tok = (k) => tokens[k] ?? { t: 'eof', v: undefined };
  const isP = (k, v) => tok(k).t === 'p' && tok(k).v === v;
  const isId = (k, v) => tok(k).t === 'id' && (v === undefined || tok(k).v === v);
  const addName = (name) => {
    if (typeof name === 'string') exportNames.add(name);
  };

  // `require ( 'x' )` at k: the specifier and the index after it.
  const requireAt = (k) => {
    if (isId(k, 'require') && isP(k + 1, '(') && tok(k + 2).t === 'str' &&
        tok(k + 2).v !== undefined && isP(k + 3, ')')) {
      return [tok(k + 2).v, k + 4];
    }
    return undefined;
  };

  // After `exports` (or `module.exports`) at k: `.x =` or `['x'] =`.
  const memberAssign = (k) => {
    if (isP(k, '.') && isId(k + 1) && isP(k + 2, '=')) return tok(k + 1).v;
    if (isP(k, '[') && tok(k + 1).t === 'str' && isP(k + 2, ']') && isP(k + 3, '=')) {
      return tok(k + 1).v;
    }
    return undefined;
  };

  // `module.exports = { ... }` from the `{` at k, as far as the lexer
  // reads it: shorthand names, `name: identifier` and `'name': identifier`
  // (a value that goes on past its identifier still names the key, and
  // ends the reading), `...require('x')` and `...identifier`; anything
  // else ends the reading.
  const objectLiteral = (k) => {
    k++;
    for (;;) {
      if (isId(k) && !isP(k + 1, ':')) {
        addName(tok(k).v);
        k++;
      } else if ((isId(k) || (tok(k).t === 'str' && tok(k).v !== undefined)) && isP(k + 1, ':')) {
        if (!isId(k + 2)) return;
        addName(tok(k).v);
        k += 3;
      } else if (isP(k, '...')) {
        const r = requireAt(k + 1);
        if (r) {
          reexports.push(r[0]);
          k = r[1];
        } else if (isId(k + 1)) {
          k += 2;
        } else {
          return;
        }
      } else {
        return;
      }
      if (!isP(k, ',')) return;
      k++;
    }
  };

  // The descriptors the lexer accepts in Object.defineProperty(exports,
  // 'x', ...): `{ [enumerable: true,] value: ... }` or a getter that
  // returns a name or a member of one: `get: function () { return a.b; }`,
  // `get() { return a['b']; }`.
  const isExportDescriptor = (k) => {
    if (!isP(k, '{')) return false;
    k++;
    if (isId(k, 'enumerable') && isP(k + 1, ':') && isId(k + 2, 'true') && isP(k + 3, ',')) {
      k += 4;
    }
    if (isId(k, 'value') && isP(k + 1, ':')) return true;
    if (!isId(k, 'get')) return false;
    k++;
    if (isP(k, ':') && isId(k + 1, 'function')) k += 2;
    if (!(isP(k, '(') && isP(k + 1, ')') && isP(k + 2, '{') && isId(k + 3, 'return') &&
          isId(k + 4))) return false;
    k += 5;
    for (;;) {
      if (isP(k, '.') && isId(k + 1)) {
        k += 2;
      } else if (isP(k, '[') && tok(k + 1).t === 'str' && isP(k + 2, ']')) {
        k += 3;
      } else {
        break;
      }
    }
    if (isP(k, ';')) k++;
    return isP(k, '}');
  };

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.t !== 'id') continue;
    const afterDot = isP(k - 1, '.');
    if (t.v === 'exports' && !afterDot) {
      addName(memberAssign(k + 1));
    } else if (t.v === 'module' && !afterDot && isP(k + 1, '.') && isId(k + 2, 'exports')) {
      const name = memberAssign(k + 3);
      if (name !== undefined) {
        addName(name);
      } else if (isP(k + 3, '=')) {
        const r = requireAt(k + 4);
        if (r) {
          reexports.push(r[0]);
        } else if (isP(k + 4, '{')) {
          objectLiteral(k + 4);
        }
      }
    } else if (t.v === 'Object' && !afterDot && isP(k + 1, '.') &&
               isId(k + 2, 'defineProperty') && isP(k + 3, '(')) {
      let j = k + 4;
      if (isId(j, 'exports')) {
        j++;
      } else if (isId(j, 'module') && isP(j + 1, '.') && isId(j + 2, 'exports')) {
        j += 3;
      } else {
        continue;
      }
      if (isP(j, ',') && tok(j + 1).t === 'str' && isP(j + 2, ',') &&
          isExportDescriptor(j + 3)) {
        addName(tok(j + 1).v);
      }
    } else if ((t.v === '__exportStar' || t.v === '__export') && isP(k + 1, '(')) {
      const r = requireAt(k + 2);
      if (r) reexports.push(r[0]);
    } else if ((t.v === 'var' || t.v === 'let' || t.v === 'const') && isId(k + 1) &&
               isP(k + 2, '=')) {
      // `var _x = require('x')`, also through an interop helper call.
      let j = k + 3;
      if (isId(j) && isP(j + 1, '(') && isId(j + 2, 'require')) j += 2;
      const r = requireAt(j);
      if (r) requireBindings.add(`${tok(k + 1).v}\0${r[0]}`);
    } else if (t.v === 'keys' && afterDot && isId(k - 2, 'Object') && isP(k + 1, '(') &&
               isId(k + 2) && isP(k + 3, ')') && isP(k + 4, '.') && isId(k + 5, 'forEach')) {
      const name = tok(k + 2).v;
      for (const binding of requireBindings) {
        const [local, specifier] = binding.split('\0');
        if (local === name) reexports.push(specifier);
      }
    }
  }
  exportNames.delete(undefined);
  return { exports: [...exportNames], reexports: [...new Set(reexports)] };
}

module.exports = { parseCJS, isIdentifierName };
