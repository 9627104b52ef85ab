// jsvm: `node:os` as Node 26 has it on Linux; the system queries are
// natives (ext/os/mod.rs).
// Body of a function (module, exports, internals, require).
'use strict';

const native = internals.os;
const { codes: { ERR_SYSTEM_ERROR }, validateInt32 } = require('internal/errors');

// A native's result, or its failure (`[-errno, code, message]`) thrown as
// a SystemError.
function check(syscall, result) {
  if (Array.isArray(result) && result.length === 3 && typeof result[0] === 'number' &&
      result[0] < 0) {
    const [errno, code, message] = result;
    throw ERR_SYSTEM_ERROR({ errno, code, message, syscall });
  }
  return result;
}

function uname() {
  return check('uv_os_uname', native.uname());
}

function arch() { return process.arch; }
function platform() { return process.platform; }
function getOSType() { return uname()[0]; }
function getOSRelease() { return uname()[1]; }
function getOSVersion() { return uname()[2]; }
function getMachine() { return uname()[3]; }
function getHostname() { return check('uv_os_gethostname', native.hostname()); }
function getUptime() { return check('uv_uptime', native.uptime()); }
function getTotalMem() { return native.totalmem(); }
function getFreeMem() { return native.freemem(); }
function getAvailableParallelism() { return native.availableParallelism(); }
function endianness() { return 'LE'; }

function loadavg() {
  return native.loadavg();
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  const home = process.env.HOME;
  if (home) return home;
  return userInfo().homedir;
}

function cpus() {
  const flat = native.cpus();
  const out = [];
  for (let i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: {
        user: flat[i + 2],
        nice: flat[i + 3],
        sys: flat[i + 4],
        idle: flat[i + 5],
        irq: flat[i + 6],
      },
    });
  }
  return out;
}

// The prefix length of a netmask (null when its bits are not contiguous).
function prefixLength(netmask, family) {
  let bits = 0;
  let ended = false;
  const parts = family === 'IPv4' ? netmask.split('.').map(Number) :
    expandIPv6(netmask).map((p) => parseInt(p, 16));
  const width = family === 'IPv4' ? 8 : 16;
  for (const part of parts) {
    for (let i = width - 1; i >= 0; i--) {
      if (part & (1 << i)) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function expandIPv6(address) {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const h = head ? head.split(':') : [];
  if (tail === undefined) return h;
  const t = tail ? tail.split(':') : [];
  return [...h, ...new Array(8 - h.length - t.length).fill('0'), ...t];
}

function networkInterfaces() {
  const flat = check('uv_interface_addresses', native.interfaces());
  const out = {};
  for (let i = 0; i < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const bits = prefixLength(netmask, family);
    const entry = {
      address, netmask, family, mac, internal,
      cidr: bits === null ? null : `${address}/${bits}`,
    };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ??= []).push(entry);
  }
  return out;
}

function userInfo(options) {
  const buffers = options?.encoding === 'buffer';
  const [uid, gid, username, home, shell] = check('uv_os_get_passwd', native.userInfo());
  const { Buffer } = require('buffer');
  const text = (bytes) => (buffers ? Buffer.from(bytes.buffer) :
    Buffer.from(bytes.buffer).toString(options?.encoding || 'utf8'));
  const info = { __proto__: null, uid, gid, username: text(username), homedir: text(home) };
  info.shell = text(shell);
  return info;
}

const [errno, dlopen] = native.constants();
const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: { __proto__: null, ...dlopen },
  errno: { __proto__: null, ...errno },
  signals: Object.freeze({ __proto__: null, ...internals.loop.signals }),
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return check('uv_os_getpriority', native.getPriority(pid));
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  check('uv_os_setpriority', native.setPriority(pid, priority));
}

// `${os.tmpdir}` and friends read the value, as in Node.
for (const [fn, value] of [
  [arch, arch], [platform, platform], [getOSType, getOSType], [getOSRelease, getOSRelease],
  [getOSVersion, getOSVersion], [getMachine, getMachine], [getHostname, getHostname],
  [getUptime, getUptime], [getTotalMem, getTotalMem], [getFreeMem, getFreeMem],
  [getAvailableParallelism, getAvailableParallelism], [endianness, endianness],
  [tmpdir, tmpdir], [homedir, homedir],
]) {
  fn[Symbol.toPrimitive] = () => value();
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
