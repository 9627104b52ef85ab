// jsvm: the WHATWG `URL` and `URLSearchParams` (the globals and
// node:url's), as Node 26 has them. Parsing, setters and serialisation
// are the `url` and `form_urlencoded` crates' (ext/url/mod.rs).
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.url;
const {
  codes: {
    ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
  validateFunction,
  validateString,
} = require('internal/errors');
const inspect = (...args) => require('internal/inspect').inspect(...args);
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// The indices of a URL's components (mod.rs's `components`).
const HREF = 0;
const ORIGIN = 1;
const PROTOCOL = 2;
const USERNAME = 3;
const PASSWORD = 4;
const HOST = 5;
const HOSTNAME = 6;
const PORT = 7;
const PATHNAME = 8;
const SEARCH = 9;
const HASH = 10;

// USVString conversion: lone surrogates become U+FFFD.
const toUSVString = (v) => `${v}`.toWellFormed();

// Links between a URL and its URLSearchParams (private to this module).
let setParamsList;
let setParamsURL;
let urlSearchChanged;

class URLSearchParams {
  // [name, value, name, value, ...]
  #list = [];
  // The URL whose query this object is, if any.
  #url = null;

  static {
    setParamsList = (params, query) => {
      params.#list = native.formDecode(query.startsWith('?') ? query.slice(1) : query);
    };
    setParamsURL = (params, url) => {
      params.#url = url;
    };
  }

  constructor(init = undefined) {
    if (init === undefined) {
      // Empty.
    } else if ((typeof init === 'object' && init !== null) || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = [...init.#list];
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) {
            this.#list.push(toUSVString(key), toUSVString(init[key]));
          }
        }
      }
    } else {
      init = toUSVString(init);
      this.#list = native.formDecode(init.startsWith('?') ? init.slice(1) : init);
    }
  }

  // Writes the list back to the URL's query.
  #update() {
    if (this.#url === null) return;
    const query = native.formEncode(this.#list);
    urlSearchChanged(this.#url, query);
  }

  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#list in self)) {
      throw ERR_INVALID_THIS('URLSearchParams');
    }
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const out = [];
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (found) {
          list.splice(i, 2);
          continue;
        }
        list[i + 1] = value;
        found = true;
      }
      i += 2;
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const pairs = [];
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return native.formEncode(this.#list);
  }

  // The list, for the iterator (a live view, as Node's).
  static listOf(params) {
    return params.#list;
  }

  [customInspect](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    return formatList(this.constructor.name, output, ctx);
  }
}

const listOf = URLSearchParams.listOf;
delete URLSearchParams.listOf;

// eslint-disable-next-line no-control-regex
const colorRe = /\u001b\[\d\d?m/g;

function formatList(name, output, ctx) {
  const separator = ', ';
  const length = output.reduce(
    (prev, cur) => prev + cur.replace(colorRe, '').length + separator.length, -separator.length);
  if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  if (output.length) return `${name} { ${output.join(separator)} }`;
  return `${name} {}`;
}

// structuredClone refuses them, as Node does.
internals.kUncloneable ??= Symbol('kUncloneable');
Object.defineProperty(URLSearchParams.prototype, internals.kUncloneable, { value: true });
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (typeof this !== 'object' || this === null || !(#params in this)) {
      throw ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = listOf(this.#params);
    if (this.#index >= list.length) return { done: true };
    const name = list[this.#index];
    const value = list[this.#index + 1];
    this.#index += 2;
    if (this.#kind === 'key') return { done: false, value: name };
    if (this.#kind === 'value') return { done: false, value };
    return { done: false, value: [name, value] };
  }

  [customInspect](recurseTimes, ctx) {
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = listOf(this.#params);
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const item = this.#kind === 'key' ? list[i] : this.#kind === 'value' ? list[i + 1] :
        [list[i], list[i + 1]];
      output.push(inspect(item, innerOpts));
    }
    return formatList('URLSearchParams Iterator', output, ctx);
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype,
                      Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });

class URL {
  #c;
  #searchParams = null;

  static {
    urlSearchChanged = (url, query) => {
      url.#set('search', query, true);
    };
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = native.parse(input, base);
    if (c === undefined) throw ERR_INVALID_URL(input, base);
    this.#c = c;
  }

  // V8's words for a private field read on another object.
  static #check(self) {
    if (typeof self !== 'object' || self === null || !(#c in self)) {
      throw new TypeError('Receiver must be an instance of class URL');
    }
  }

  // A setter: the new components, and the query of searchParams.
  #set(which, value, fromParams = false) {
    const c = native.update(this.#c[HREF], which, value);
    if (c === undefined) return false;
    const searchChanged = c[SEARCH] !== this.#c[SEARCH];
    this.#c = c;
    if (searchChanged && this.#searchParams !== null && !fromParams) {
      setParamsList(this.#searchParams, c[SEARCH]);
    }
    return true;
  }

  static #get(self, i) {
    URL.#check(self);
    return self.#c[i];
  }

  toString() { return URL.#get(this, HREF); }

  get href() { return URL.#get(this, HREF); }
  set href(value) {
    URL.#check(this);
    value = toUSVString(value);
    if (!this.#set('href', value)) throw ERR_INVALID_URL(value);
  }

  get origin() { return URL.#get(this, ORIGIN); }

  get protocol() { return URL.#get(this, PROTOCOL); }
  set protocol(value) { URL.#check(this); this.#set('protocol', toUSVString(value)); }

  get username() { return URL.#get(this, USERNAME); }
  set username(value) { URL.#check(this); this.#set('username', toUSVString(value)); }

  get password() { return URL.#get(this, PASSWORD); }
  set password(value) { URL.#check(this); this.#set('password', toUSVString(value)); }

  get host() { return URL.#get(this, HOST); }
  set host(value) { URL.#check(this); this.#set('host', toUSVString(value)); }

  get hostname() { return URL.#get(this, HOSTNAME); }
  set hostname(value) { URL.#check(this); this.#set('hostname', toUSVString(value)); }

  get port() { return URL.#get(this, PORT); }
  set port(value) { URL.#check(this); this.#set('port', toUSVString(value)); }

  get pathname() { return URL.#get(this, PATHNAME); }
  set pathname(value) { URL.#check(this); this.#set('pathname', toUSVString(value)); }

  get search() { return URL.#get(this, SEARCH); }
  set search(value) { URL.#check(this); this.#set('search', toUSVString(value)); }

  get searchParams() {
    URL.#check(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#c[SEARCH]);
      setParamsURL(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() { return URL.#get(this, HASH); }
  set hash(value) { URL.#check(this); this.#set('hash', toUSVString(value)); }

  toJSON() { return URL.#get(this, HREF); }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return native.canParse(url, base);
  }

  [customInspect](depth, opts) {
    URL.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
Object.defineProperty(URL.prototype, internals.kUncloneable, { value: true });
for (const name of ['parse', 'canParse']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

// ----- file: URLs and paths -------------------------------------------------

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw ERR_INVALID_URL_SCHEME('file');
  return windows ? pathFromURLWin32(path) : pathFromURLPosix(path);
}

function pathFromURLPosix(url) {
  if (url.hostname !== '') throw ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// `{ windows: true }`: a Windows path (drive letter or UNC), as Node makes
// it on any platform.
function pathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||
          (pathname[n + 1] === '5' && third === 99)) {
        throw ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// What a path keeps literally in a file: URL: everything but these.
const pathEscapes = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09',
  '?': '%3F', '#': '%23' };

function pathToFileURL(filepath, options = undefined) {
  // Windows paths need path.win32, which jsvm does not have: refused
  // rather than treated as POSIX paths.
  if (options?.windows) {
    throw ERR_INVALID_ARG_VALUE('options.windows', options.windows,
                                'is not supported by jsvm (it has no path.win32)');
  }
  validateString(filepath, 'path');
  const path = require('path');
  let resolved = path.resolve(filepath);
  // path.resolve drops a trailing slash: put it back.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${resolved.replace(/[%\\\n\r\t?#]/g, (ch) => pathEscapes[ch])}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  return native.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw ERR_MISSING_ARGS('domain');
  return native.domainToUnicode(`${domain}`);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
};
