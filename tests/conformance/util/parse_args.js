// util.parseArgs: tokens, strict-mode errors, defaults, multiple, short groups,
// allowNegative, configuration validation (program run without arguments).
const { parseArgs } = require('util');
const t = (label, cfg) => {
  try { const r = parseArgs(cfg); console.log(label, r); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
};
t('help', { args: ['-h'], help: 'usage', options: { foo: { type: 'string', help: 'the foo' } } });
t('unknown', { args: ['--bar'], options: {} });
t('unknown short', { args: ['-b'], options: {} });
t('unknown pos', { args: ['--bar'], options: {}, allowPositionals: true });
t('positional', { args: ['x'], options: {} });
t('missing', { args: ['--foo'], options: { foo: { type: 'string', short: 'f' } } });
t('bool value', { args: ['--foo=1'], options: { foo: { type: 'boolean', short: 'f' } } });
t('ambiguous', { args: ['--foo', '-x'], options: { foo: { type: 'string' } } });
t('ambiguous short', { args: ['-f', '-x'], options: { foo: { type: 'string', short: 'f' } } });
t('bad type', { args: [], options: { foo: { type: 'number' } } });
t('no type', { args: [], options: { foo: {} } });
t('short len', { args: [], options: { foo: { type: 'string', short: 'ab' } } });
t('short type', { args: [], options: { foo: { type: 'string', short: 1 } } });
t('default', { args: [], options: { foo: { type: 'string', default: 1 } } });
t('default arr', { args: [], options: { foo: { type: 'string', multiple: true, default: ['a', 2] } } });
t('default barr', { args: [], options: { foo: { type: 'boolean', multiple: true, default: 'x' } } });
t('multiple type', { args: [], options: { foo: { type: 'string', multiple: 1 } } });
t('args', { args: 'x' });
t('strict', { strict: 'x', args: [] });
t('options', { options: 5, args: [] });
t('optcfg', { options: { a: 5 }, args: [] });
t('tokens', { tokens: 1, args: [] });
t('neg', { args: ['--no-color', '--no-x'], options: { color: { type: 'boolean' } }, allowNegative: true });
t('neg2', { args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true });
t('neg3', { args: ['--no-color=1'], options: { color: { type: 'boolean' } }, allowNegative: true });
t('full', { args: ['-abfFILE', '--verbose', '--name=x', '--name', 'y', 'pos', '--', '--z'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b', multiple: true }, file: { type: 'string', short: 'f' }, verbose: { type: 'boolean' }, name: { type: 'string', multiple: true }, def: { type: 'string', default: 'D' } }, allowPositionals: true, tokens: true });
t('nonstrict', { args: ['--x', '--y=3', '-abc', '-q', 'v', '--', 'p'], strict: false });
t('proto', { args: ['--__proto__', '--constructor'], strict: false });
t('config', undefined);
t('config args', { args: undefined });
t('help str', { args: [], help: 5 });
t('neg ok', { args: ['--no-color', '--color', '--no-color'], options: { color: { type: 'boolean', multiple: true } }, allowNegative: true, tokens: true });
t('neg default', { args: ['--no-color'], options: { color: { type: 'boolean', default: true } }, allowNegative: true });
t('neg nonstrict', { args: ['--no-thing'], strict: false, allowNegative: true });
t('dash value', { args: ['--foo', '-', '-f', '--', 'x'], options: { foo: { type: 'string', short: 'f', multiple: true } }, allowPositionals: true });
t('inline dash', { args: ['--foo=-x', '-f-y'], options: { foo: { type: 'string', short: 'f', multiple: true } } });
t('group with value', { args: ['-abc'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, strict: false, tokens: true });
t('string last in group', { args: ['-ab', 'val'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } }, tokens: true });
t('empty', { args: ['', '-', '---x'], strict: false });
t('defaults', { args: [], options: { s: { type: 'string', default: 'x' }, m: { type: 'string', multiple: true, default: ['a'] }, b: { type: 'boolean', default: false } } });
t('inherited', { args: ['--x'], options: Object.create({ x: { type: 'boolean' } }) });
t('no config', {});
