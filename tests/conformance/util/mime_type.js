// util.MIMEType and util.MIMEParams: parsing, serialization, setters, errors.
const { MIMEType, MIMEParams, inspect } = require('util');
const t = (label, fn) => { try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); } };
for (const s of ['text/html', ' Text/HTML;Charset="utf-8"; x=1 ', 'text/plain;a=1;a=2;A=3', 'a/b;x="q\\"uo\\\\te";y="un"end', 'a/b;=x;y;z=;w="";v="a b"', 'a/b ; c = d', 'application/vnd.api+json;v=ä', 'a/b;x=ä', 'a/b;k=v;', 'a/b;x="unterminated']) {
  t(JSON.stringify(s), () => { const m = new MIMEType(s); return [m.type, m.subtype, m.essence, String(m), [...m.params], JSON.stringify(m)]; });
}
for (const s of ['', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'tëxt/html', 'text/html\u0000', 5, {toString(){return 'x/y'}}]) {
  t(JSON.stringify(String(s)), () => String(new MIMEType(s)));
}
const m = new MIMEType('text/plain;charset=utf-8');
console.log(m, inspect(m.params), Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
t('set type', () => { m.type = 'Application'; return String(m); });
t('set bad type', () => { m.type = 'a b'; });
t('set empty sub', () => { m.subtype = ''; });
t('set sub', () => { m.subtype = 'JSON'; return m.essence; });
const p = m.params;
t('params', () => [p.get('charset'), p.get('nope'), p.has('charset'), p.size]);
t('set param', () => { p.set('Q', 'a b'); p.set('r', 'ok'); return String(m); });
t('set bad name', () => p.set('a b', 'x'));
t('set bad value', () => p.set('x', 'ä'));
t('set empty value', () => { p.set('e', ''); return String(m); });
t('delete', () => { p.delete('charset'); return [String(m), [...p.keys()], [...p.values()], [...p.entries()], p.toJSON(), p.toString()]; });
t('new params', () => { const q = new MIMEParams(); q.set('a', '1'); return [String(q), inspect(q)]; });
t('type setter num', () => { m.type = 5; return m.type; });
const q = new MIMEType('a/b;Key=V');
t('case', () => [q.params.get('key'), q.params.get('KEY'), q.params.has('Key'), String(q)]);
t('trailing ws', () => String(new MIMEType('text/html \t')));
t('leading ws subtype', () => String(new MIMEType('text/ html')));
t('ws before semicolon', () => String(new MIMEType('text/html  ;a=b  ')));
t('escape end', () => [...new MIMEType('a/b;x="ab\\').params]);
t('value with ;', () => String(new MIMEType('a/b;x="a;b";y=2')));
t('bad value set', () => q.params.set('z', 'ā'));
t('iterate', () => [...q.params]);
t('delete missing', () => q.params.delete('nope'));
