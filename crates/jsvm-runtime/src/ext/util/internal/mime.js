// jsvm: util.MIMEType and util.MIMEParams: MIME types parsed and
// serialized as the WHATWG MIME Sniffing standard says, with Node 26's
// ERR_INVALID_MIME_SYNTAX errors. Body of a function (module, exports,
// internals, require).
'use strict';

const { makeNodeError } = require('internal/errors');

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const NOT_QUOTED_STRING = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const WHITESPACE = '\t\n\r ';

const firstBad = (s, re) => {
  const m = re.exec(s);
  return m ? m.index : -1;
};

function syntaxError(production, str, at) {
  return makeNodeError(TypeError, 'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${str}" is invalid${at !== -1 ? ` at ${at}` : ''}`);
}

const lower = (s) => s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
const trimEnd = (s) => {
  let end = s.length;
  while (end > 0 && WHITESPACE.includes(s[end - 1])) end--;
  return s.slice(0, end);
};

function serializeValue(value) {
  if (value.length > 0 && !NOT_TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) { this.#data.delete(lower(`${name}`)); }
  get(name) {
    name = lower(`${name}`);
    const data = this.#data;
    return data.has(name) ? data.get(name) : null;
  }
  has(name) { return this.#data.has(lower(`${name}`)); }
  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = firstBad(name, NOT_TOKEN);
    if (name.length === 0 || badName !== -1) throw syntaxError('parameter name', name, badName);
    const badValue = firstBad(value, NOT_QUOTED_STRING);
    if (badValue !== -1) throw syntaxError('parameter value', value, badValue);
    this.#data.set(lower(name), value);
  }
  entries() { return this.#data.entries(); }
  keys() { return this.#data.keys(); }
  values() { return this.#data.values(); }
  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }
  toJSON() { return this.toString(); }

  // Reads the parameters of a MIME type string from `at` on (the
  // standard's steps: names lowercased, the first of a name wins, invalid
  // ones are skipped).
  static parseInto(params, str, at) {
    const data = params.#data;
    const end = str.length;
    while (at < end) {
      at++; // The ';'.
      while (at < end && WHITESPACE.includes(str[at])) at++;
      let nameEnd = at;
      while (nameEnd < end && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = lower(str.slice(at, nameEnd));
      at = nameEnd;
      if (at < end && str[at] === ';') continue;
      if (at >= end) break;
      at++; // The '='.
      let value;
      if (str[at] === '"') {
        // A quoted string: backslash escapes; what follows it up to the
        // next ';' is ignored.
        value = '';
        at++;
        while (at < end && str[at] !== '"') {
          if (str[at] === '\\') {
            at++;
            if (at >= end) {
              value += '\\';
              break;
            }
          }
          value += str[at++];
        }
        while (at < end && str[at] !== ';') at++;
      } else {
        let valueEnd = str.indexOf(';', at);
        if (valueEnd === -1) valueEnd = end;
        value = trimEnd(str.slice(at, valueEnd));
        at = valueEnd;
        if (value === '') continue;
      }
      if (name !== '' && !NOT_TOKEN.test(name) && !NOT_QUOTED_STRING.test(value) &&
          !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    const str = `${string}`;
    let at = 0;
    while (at < str.length && WHITESPACE.includes(str[at])) at++;
    const slash = str.indexOf('/', at);
    const type = slash === -1 ? str.slice(at) : str.slice(at, slash);
    const badType = firstBad(type, NOT_TOKEN);
    if (type === '' || badType !== -1 || slash === -1) throw syntaxError('type', str, badType);
    const semicolon = str.indexOf(';', slash + 1);
    const subtype = trimEnd(semicolon === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semicolon));
    const badSubtype = firstBad(subtype, NOT_TOKEN);
    if (subtype === '' || badSubtype !== -1) throw syntaxError('subtype', str, badSubtype);
    this.#type = lower(type);
    this.#subtype = lower(subtype);
    this.#params = new MIMEParams();
    if (semicolon !== -1) parseParams(this.#params, trimEnd(str), semicolon);
  }

  get type() { return this.#type; }
  set type(value) {
    value = `${value}`;
    const bad = firstBad(value, NOT_TOKEN);
    if (value.length === 0 || bad !== -1) throw syntaxError('type', value, bad);
    this.#type = lower(value);
  }
  get subtype() { return this.#subtype; }
  set subtype(value) {
    value = `${value}`;
    const bad = firstBad(value, NOT_TOKEN);
    if (value.length === 0 || bad !== -1) throw syntaxError('subtype', value, bad);
    this.#subtype = lower(value);
  }
  get essence() { return `${this.#type}/${this.#subtype}`; }
  get params() { return this.#params; }
  toString() {
    const params = `${this.#params}`;
    return `${this.essence}${params ? `;${params}` : ''}`;
  }
  toJSON() { return this.toString(); }
}

module.exports = { MIMEType, MIMEParams };
