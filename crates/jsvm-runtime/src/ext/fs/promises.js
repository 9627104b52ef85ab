// jsvm: `node:fs/promises` (also `require('fs').promises`): the callback
// API of fs.js (thread pool requests, ext/fs/pool.rs) as promises, and
// FileHandle for `open`. Argument errors reject, as Node's async
// functions do.
// Body of a function (module, exports, internals, require).
'use strict';

const fs = require('fs');
const { Buffer } = require('buffer');

// `fn(...args, cb)` as a promise of the callback's value.
function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const kFd = Symbol('kFd');

class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  get fd() { return this[kFd]; }

  async read(buffer, offset, length, position) {
    if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer, offset, length, position } = buffer);
    }
    buffer ??= Buffer.alloc(16384);
    offset ??= 0;
    length ??= buffer.byteLength - offset;
    return new Promise((resolve, reject) => {
      fs.read(this[kFd], buffer, offset, length, position ?? null, (err, bytesRead) => (
        err ? reject(err) : resolve({ bytesRead, buffer })));
    });
  }

  async write(buffer, offset, length, position) {
    return new Promise((resolve, reject) => {
      const done = (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffer }));
      if (typeof buffer === 'string') {
        fs.write(this[kFd], buffer, offset ?? null, length ?? 'utf8', done);
      } else {
        fs.write(this[kFd], buffer, offset ?? 0, length, position ?? null, done);
      }
    });
  }

  readFile(options) { return call(fs.readFile, this[kFd], options); }

  writeFile(data, options) { return call(fs.writeFile, this[kFd], data, options); }

  appendFile(data, options) { return call(fs.appendFile, this[kFd], data, options); }

  stat(options) { return call(fs.fstat, this[kFd], options); }

  async close() {
    const fd = this[kFd];
    this[kFd] = -1;
    if (fd === -1) return undefined;
    return call(fs.close, fd);
  }
}

async function open(path, flags, mode) {
  const fd = await call(fs.open, path, flags ?? 'r', mode ?? 0o666);
  return new FileHandle(fd);
}

// The path argument of readFile/writeFile/appendFile may be a FileHandle.
const target = (p) => (p instanceof FileHandle ? p.fd : p);

module.exports = {
  access: (path, mode) => call(fs.access, path, mode ?? fs.constants.F_OK),
  appendFile: (path, data, options) => call(fs.appendFile, target(path), data, options),
  copyFile: (src, dest, mode) => call(fs.copyFile, src, dest, mode ?? 0),
  lstat: (path, options) => call(fs.lstat, path, options ?? { bigint: false }),
  mkdir: (path, options) => call(fs.mkdir, path, options ?? {}),
  open,
  readdir: (path, options) => call(fs.readdir, path, options ?? {}),
  readFile: (path, options) => call(fs.readFile, target(path), options ?? {}),
  realpath: (path, options) => call(fs.realpath, path, options ?? {}),
  rename: (oldPath, newPath) => call(fs.rename, oldPath, newPath),
  rm: (path, options) => call(fs.rm, path, options),
  rmdir: (path, options) => call(fs.rmdir, path, options),
  stat: (path, options) => call(fs.stat, path, options ?? { bigint: false }),
  unlink: (path) => call(fs.unlink, path),
  writeFile: (path, data, options) => call(fs.writeFile, target(path), data, options ?? {}),
  constants: fs.constants,
};
for (const name of Object.keys(module.exports)) {
  const f = module.exports[name];
  if (typeof f === 'function' && f !== open) {
    Object.defineProperty(f, 'name', { value: name });
  }
}
