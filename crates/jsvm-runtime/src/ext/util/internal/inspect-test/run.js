'use strict';
// Compares jsvm's internal/inspect.js against Node's own util.inspect / util.format.
//
// Usage (Node 26):
//   node inspect-test/run.js [--minimal] [--verbose] [filter]
//
// By default `internals` is built from Node's internal bindings
// (internalBinding('util')), i.e. it has every optional member a V8 engine
// could provide.  With --minimal only the required members are supplied
// (getProxyDetails, getPromiseState, previewEntries), which is what the
// QuickJS runtime offers; cases that need V8-only information are then
// reported separately as "expected gaps" (see cases.js: `v8only`).
//
// With --dump FILE the expected (Node) outputs are also written to FILE as
// JSON { caseName: string }, for qjs-run.js (replays the table in QuickJS).
//
// The script re-executes itself with --expose-internals when needed.

const { spawnSync } = require('child_process');
if (!process.execArgv.includes('--expose-internals')) {
  const r = spawnSync(process.execPath,
    ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' });
  process.exit(r.status);
}

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');
const { internalBinding } = require('internal/test/binding');
const binding = internalBinding('util');
const builtinIds = new Set(internalBinding('builtins').builtinIds);
const nodeInspectInternal = require('internal/util/inspect');

const args = process.argv.slice(2);
const minimal = args.includes('--minimal');
const verbose = args.includes('--verbose');
const dumpIndex = args.indexOf('--dump');
const dumpFile = dumpIndex === -1 ? undefined : args[dumpIndex + 1];
const filter = args.find((a, i) => !a.startsWith('--') && i !== dumpIndex + 1);
const dump = {};

const { kPending, kRejected } = binding.constants;

function makeInternals() {
  const internals = {
    getProxyDetails(value) {
      return binding.getProxyDetails(value, true);
    },
    getPromiseState(value) {
      if (!util.types.isPromise(value)) return undefined;
      const [state, result] = binding.getPromiseDetails(value);
      return {
        state: state === kPending ? 'pending' : state === kRejected ? 'rejected' : 'fulfilled',
        result,
      };
    },
    previewEntries(value, isIterator) {
      return isIterator ? binding.previewEntries(value, true) : binding.previewEntries(value);
    },
  };
  if (!minimal) {
    Object.assign(internals, {
      getConstructorName: binding.getConstructorName,
      isNativeError: util.types.isNativeError,
      isAsyncFunction: util.types.isAsyncFunction,
      isGeneratorFunction: util.types.isGeneratorFunction,
      getOwnNonIndexProperties: (obj, onlyEnumerable) =>
        binding.getOwnNonIndexProperties(obj, onlyEnumerable ?
          binding.constants.ONLY_ENUMERABLE : binding.constants.ALL_PROPERTIES),
      getStringWidth: (s) => nodeInspectInternal.getStringWidth(s, false),
      cwd: () => process.cwd(),
      isBuiltinModule: (id) => builtinIds.has(id),
    });
  }
  return internals;
}

function loadOurs() {
  const src = fs.readFileSync(path.join(__dirname, '..', 'inspect.js'), 'utf8');
  const fn = vm.compileFunction(src, ['module', 'exports', 'internals'],
    { filename: 'inspect.js' });
  const module = { exports: {} };
  fn(module, module.exports, makeInternals());
  return module.exports;
}

const ours = loadOurs();
const cases = require('./cases.js')({ util, vm, ours });

let passed = 0;
let failed = 0;
let gaps = 0;
const failures = [];

function show(s) {
  return typeof s === 'string' ? s : `<<${typeof s}: ${String(s)}>>`;
}

function runSide(fn) {
  try {
    return fn();
  } catch (err) {
    return `<<threw ${err && err.name}: ${err && err.message}>>`;
  }
}

for (const c of cases) {
  if (filter && !c.name.includes(filter)) continue;
  let expected, actual;
  if (c.custom) {
    // c.custom(impl) -> string, run against both implementations.
    expected = runSide(() => c.custom({ inspect: util.inspect, format: util.format,
      formatWithOptions: util.formatWithOptions,
      stripVTControlCharacters: util.stripVTControlCharacters }));
    actual = runSide(() => c.custom(ours));
  } else if (c.format) {
    const argv = c.format();
    expected = runSide(() => util.format(...argv));
    actual = runSide(() => ours.format(...argv));
  } else {
    const value = c.value();
    const inspectArgs = c.args ? c.args : (c.opts === undefined ? [] : [c.opts]);
    expected = runSide(() => util.inspect(value, ...inspectArgs));
    actual = runSide(() => ours.inspect(value, ...inspectArgs));
  }
  dump[c.name] = expected;
  if (expected === actual) {
    passed++;
    if (verbose) console.log(`ok   ${c.name}`);
  } else if (minimal && c.v8only) {
    gaps++;
    if (verbose) console.log(`gap  ${c.name} (${c.v8only})`);
  } else {
    failed++;
    failures.push({ name: c.name, expected, actual });
  }
}

for (const f of failures.slice(0, verbose ? Infinity : 25)) {
  console.log(`--- FAIL: ${f.name}`);
  console.log(`expected: ${JSON.stringify(show(f.expected))}`);
  console.log(`actual:   ${JSON.stringify(show(f.actual))}`);
}
console.log(`${passed} passed, ${failed} failed` +
  (minimal ? `, ${gaps} known engine gaps (--minimal)` : ''));
if (dumpFile) fs.writeFileSync(dumpFile, JSON.stringify(dump));
process.exitCode = failed === 0 ? 0 : 1;
