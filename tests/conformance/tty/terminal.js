// A program run on a pseudo-terminal (util-linux `script`) of 100x40
// columns and rows: isatty, isTTY, the window size and the colour depth
// from TERM, as a colour library would read them; raw mode.
const { spawnSync } = require('child_process');
const report = require('path').join(__dirname, 'fixtures', 'report.js');
const cmd = `stty cols 100 rows 40; exec '${process.execPath}' '${report}'`;
const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
  env: { PATH: process.env.PATH, TERM: 'xterm-256color' },
  encoding: 'utf8',
});
console.log(r.status, JSON.stringify(r.stdout));
