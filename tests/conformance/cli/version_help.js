// -v/--version prints the version (vX.Y.Z); -h/--help prints the usage
// and the options, each described from the same column.
const { spawnSync } = require('child_process');

for (const flag of ['-v', '--version']) {
  const r = spawnSync(process.execPath, [flag], { encoding: 'utf8' });
  console.log(flag, /^v\d+\.\d+\.\d+\n$/.test(r.stdout), JSON.stringify(r.stderr), r.status);
}
for (const flag of ['-h', '--help']) {
  const r = spawnSync(process.execPath, [flag], { encoding: 'utf8' });
  const lines = r.stdout.split('\n');
  const start = lines.indexOf('Options:');
  const end = lines.findIndex((l, i) => i > start && !l.startsWith(' '));
  const options = lines.slice(start + 1, end);
  // The column each description (or its continuation) starts at.
  const columns = new Set(options.map((l) => {
    const own = /^ {2}(-\S.*?)( {2,})\S/.exec(l);
    if (own) return 2 + own[1].length + own[2].length;
    const more = /^( {3,})\S/.exec(l);
    return more ? more[1].length : 'none';
  }).filter((c) => c !== 'none'));
  console.log(flag, r.status, lines[0].startsWith('Usage: '), start > 0, [...columns],
              options.some((l) => l.startsWith('  -e, --eval')),
              options.some((l) => l.startsWith('  -p, --print')),
              options.some((l) => l.startsWith('  -r, --require')),
              options.some((l) => l.startsWith('  --import')),
              options.some((l) => l.startsWith('  --input-type')),
              options.some((l) => l.startsWith('  --expose-gc')));
}
