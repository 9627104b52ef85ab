// The run options (timeout, breakOnSigint, displayErrors) of every run API,
// wrong type or value: Node's errors, exactly.
const vm = require('vm');
const check = require('./fixtures/check');

const ctx = vm.createContext({});
const script = new vm.Script('1');
const runs = {
  'vm.runInContext': (o) => vm.runInContext('1', ctx, o),
  'vm.runInNewContext': (o) => vm.runInNewContext('1', {}, o),
  'vm.runInThisContext': (o) => vm.runInThisContext('1', o),
  'script.runInContext': (o) => script.runInContext(ctx, o),
  'script.runInNewContext': (o) => script.runInNewContext({}, o),
  'script.runInThisContext': (o) => script.runInThisContext(o),
};
const bad = [
  { timeout: 0 },
  { timeout: -1 },
  { timeout: 1.5 },
  { timeout: NaN },
  { timeout: Infinity },
  { timeout: 2 ** 32 },
  { timeout: '5' },
  { timeout: null },
  { timeout: true },
  { timeout: 5n },
  { breakOnSigint: 1 },
  { breakOnSigint: 'yes' },
  { breakOnSigint: null },
  { displayErrors: 0 },
  { displayErrors: undefined, timeout: {} },
];
for (const [name, run] of Object.entries(runs)) {
  for (const options of bad) {
    const shown = JSON.stringify(options, (k, v) => (typeof v === 'number' && !Number.isFinite(v)) ||
      typeof v === 'bigint' ? String(v) : v);
    check(`${name}(${shown})`, () => run(options));
  }
}
// Good values pass.
for (const [name, run] of Object.entries(runs)) {
  console.log(name, run({ timeout: 1000, breakOnSigint: true, displayErrors: false }),
              run({ timeout: 2 ** 32 - 1 }), run({ timeout: undefined, breakOnSigint: undefined }));
}
