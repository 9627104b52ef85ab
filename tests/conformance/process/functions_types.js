// process's functions.
const names = ['cwd', 'chdir', 'exit', 'nextTick', 'hrtime', 'memoryUsage', 'uptime', 'kill',
  'emitWarning', 'on', 'once', 'off', 'emit', 'listenerCount', 'umask', 'cpuUsage',
  'getuid', 'geteuid', 'getgid', 'getegid', 'setUncaughtExceptionCaptureCallback',
  'hasUncaughtExceptionCaptureCallback', 'reallyExit', 'addListener', 'removeListener',
  'removeAllListeners', 'listeners', 'prependListener', 'eventNames'];
for (const n of names) console.log(n, typeof process[n]);
console.log(typeof process.hrtime.bigint, typeof process.memoryUsage.rss);
console.log(process instanceof require('events'), Object.prototype.toString.call(process));
console.log(require('process') === process, require('node:process') === process);
