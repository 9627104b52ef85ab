// The fields of process and their types (values differ between runtimes).
const names = ['argv', 'argv0', 'execPath', 'execArgv', 'env', 'pid', 'ppid', 'platform',
  'arch', 'version', 'versions', 'exitCode', 'title', 'release', 'config', 'features'];
for (const n of names) console.log(n, typeof process[n], Array.isArray(process[n]));
console.log(Number.isInteger(process.pid) && process.pid > 0, Number.isInteger(process.ppid));
console.log(process.pid !== process.ppid);
console.log(process.platform, process.arch);
console.log(/^v\d+\.\d+\.\d+/.test(process.version), typeof process.versions.node);
console.log(process.release.name);
console.log(process.execArgv);
console.log(process.argv.length, process.argv[1].endsWith('fields_types.js'));
console.log(require('path').isAbsolute(process.argv[0]), process.argv[0] === process.execPath);
console.log(process.exitCode);
