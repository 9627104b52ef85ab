// JSON errors: cycles (with V8's path), parse errors, BigInt.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + JSON.stringify(e.message));
  }
}
const a = {}; a.self = a;
t('self', () => JSON.stringify(a));
const b = { x: { y: {} } }; b.x.y.z = b;
t('path', () => JSON.stringify(b));
const c = [1]; c.push(c);
t('array', () => JSON.stringify(c));
class K { constructor() { this.k = this; } }
t('class', () => JSON.stringify(new K()));
const d = { p: { q: [{}] } }; d.p.q[0].r = d.p;
t('mixed', () => JSON.stringify(d));
const e = Object.create(null); e.e = e;
t('null prototype', () => JSON.stringify(e));
const f = { list: [] }; f.list.push({ back: f.list });
t('back to array', () => JSON.stringify(f));
const g = { l1: { l2: { l3: { l4: { l5: {} } } } } }; g.l1.l2.l3.l4.l5.end = g;
t('long path', () => JSON.stringify(g));
t('nested in array', () => JSON.stringify([{ a: a }]));
t('open brace', () => JSON.parse('{'));
t('empty', () => JSON.parse(''));
t('trailing comma', () => JSON.parse('[1,]'));
t('word', () => JSON.parse('abc'));
t('missing colon', () => JSON.parse('{"a" 1}'));
t('single quotes', () => JSON.parse("{'a':1}"));
t('unclosed array', () => JSON.parse('[1, 2'));
t('two values', () => JSON.parse('1 2'));
t('undefined', () => JSON.parse(undefined));
t('NaN', () => JSON.parse('NaN'));
t('object string', () => JSON.parse(String({})));
t('after object', () => JSON.parse('{"a":1}x'));
t('control character', () => JSON.parse('{"a":"\t"}'));
t('BigInt', () => JSON.stringify(1n));
t('BigInt property', () => JSON.stringify({ a: 1n }));
