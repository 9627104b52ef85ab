// node:os: the module's shape and facts that hold on any Linux machine
// (values that differ between machines print as types or relations).
const os = require('os');

console.log(Object.keys(os).join(','));
console.log(require('node:os') === os);
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness());
console.log(os.arch() === process.arch, `${os.arch}` === process.arch, `${os.platform}`);
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.machine());
console.log(os.machine() === { x64: 'x86_64', arm64: 'aarch64' }[process.arch]);
console.log(typeof os.hostname(), os.hostname().length > 0, `${os.hostname}` === os.hostname());

const up = os.uptime();
console.log(typeof up, up > 0);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((x) => typeof x === 'number' && x >= 0));
// As libuv reads them from /proc/loadavg: two decimals at most.
console.log(load.every((x) => /^\d+(\.\d{1,2})?$/.test(String(x))));

const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), Number.isInteger(free), total > 0, free >= 0, free <= total);

const cpus = os.cpus();
const n = os.availableParallelism();
console.log(Array.isArray(cpus), cpus.length >= 1, Number.isInteger(n), n >= 1);
console.log(Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','));
// One entry per cpuN line of /proc/stat (not the line of their sum).
const stat = require('fs').readFileSync('/proc/stat', 'utf8');
console.log(cpus.length === stat.match(/^cpu\d+ /gm).length, n <= cpus.length);
console.log(cpus.every((c) => typeof c.model === 'string' && typeof c.speed === 'number' &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));

const ifaces = os.networkInterfaces();
const all = Object.values(ifaces).flat();
console.log(typeof ifaces, all.every((a) => ['IPv4', 'IPv6'].includes(a.family) &&
  typeof a.address === 'string' && typeof a.netmask === 'string' &&
  /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(a.mac) && typeof a.internal === 'boolean' &&
  (a.cidr === null || a.cidr.startsWith(`${a.address}/`)) &&
  (a.family === 'IPv6') === ('scopeid' in a)));
// Linux always has a loopback interface, up.
const lo = all.find((a) => a.internal && a.family === 'IPv4');
console.log(lo && lo.address.startsWith('127.'), lo && lo.mac, lo && lo.cidr.slice(-2));
console.log(Object.keys(lo || {}).join(','));

const info = os.userInfo();
console.log(Object.getPrototypeOf(info), Object.keys(info).join(','));
console.log(typeof info.uid, typeof info.gid, typeof info.username, typeof info.homedir,
            typeof info.shell);
const infoBuf = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(infoBuf.username), infoBuf.username.toString() === info.username,
            infoBuf.uid === info.uid);
console.log(os.homedir() === (process.env.HOME || info.homedir));
