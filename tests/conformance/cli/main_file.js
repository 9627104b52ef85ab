// The program's file is resolved as Node resolves it: extensions and a
// folder's index are probed (`jsvm app` runs app.js); a file that is not
// found is the CommonJS loader's MODULE_NOT_FOUND error, also for `.mjs`.
const { spawnSync } = require('node:child_process');
const run = (file) => {
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  const shown = child.stderr.split('\n')
    .filter((l) => /^(Error|  code|  requireStack)/.test(l))
    .map((l) => l.replaceAll(__dirname, '<dir>'));
  console.log(file, child.status, JSON.stringify(child.stdout), shown);
};
run('fixtures/main_noext');
run('fixtures/main_dir');
run('fixtures/nonexistent.js');
run('fixtures/nonexistent.mjs');
run('fixtures/nonexistent');
