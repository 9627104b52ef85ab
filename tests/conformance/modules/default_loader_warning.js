// vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER: Node prints its
// ExperimentalWarning once, when the first import() through it happens
// (not when the code is compiled); import() in -e code does not warn.
const log = console.log;
console.error = (msg) => log('warning:', String(msg).replace(/^\((\w+):\d+\)/, '($1:PID)')
  .replace(/`\S+ (--trace-[a-z-]+) /, '`RUNTIME $1 '));
const vm = require('vm');
const { spawnSync } = require('child_process');

const options = { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER };
const script = new vm.Script('import("node:path")', options);
const fn = vm.compileFunction('return import("node:path")', [], options);
log('compiled');
setTimeout(async () => {
  log(typeof (await script.runInThisContext()).join);
  log(typeof (await fn()).join);
  const r = spawnSync(process.execPath, ['-e', 'import("node:path").then((m) => console.log(typeof m.join))'],
                      { encoding: 'utf8' });
  log('-e:', JSON.stringify(r.stdout), JSON.stringify(r.stderr), r.status);
}, 1);
