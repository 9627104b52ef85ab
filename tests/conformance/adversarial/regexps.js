// Catastrophic regular expressions, wherever matching happens, are stopped
// by `timeout`; the context runs the next script.
const vm = require('vm');

const cases = [
  ['nested quantifier test', "/(a+)+$/.test('a'.repeat(40) + 'b')"],
  ['alternation', "/(a|a)+$/.test('a'.repeat(40) + 'b')"],
  ['exec', "/(x+x+)+y/.exec('x'.repeat(40))"],
  ['replace', "'a'.repeat(40).concat('!').replace(/(a*)*b/, '')"],
  ['split', "'a'.repeat(40).concat('!').split(/(a+)+b/)"],
  ['matchAll', "[...('a'.repeat(40) + '!').matchAll(/(a+)+b/g)]"],
  ['search', "('a'.repeat(40) + '!').search(/(a|aa)+b/)"],
  ['backreference', "/^(a+)\\1*b$/.test('a'.repeat(1000))"],
  ['lookahead', "/(?=(a+))+b/.test('a'.repeat(40))"],
  ['in a getter of the context object', 'hostile'],
];

for (const [name, code] of cases) {
  const sandbox = {};
  Object.defineProperty(sandbox, 'hostile', { get() { return /(a+)+$/.test('a'.repeat(40) + 'b'); } });
  const ctx = vm.createContext(sandbox);
  let outcome;
  try {
    vm.runInContext(code, ctx, { timeout: 50 });
    outcome = 'no error';
  } catch (e) {
    outcome = `${e.code}: ${e.message}`;
  }
  const after = vm.runInContext("/b+/.exec('abbc')[0]", ctx);
  console.log(`${name}: ${outcome}; then ${after}`);
}
