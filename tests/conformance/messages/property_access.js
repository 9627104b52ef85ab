// Reading and setting properties of undefined and null: V8's messages.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError, e.name + ': ' + e.message);
  }
}
var u, n = null, o = {};
t('read name', () => u.foo);
t('read of null', () => n.foo);
t('read index', () => u[0]);
t('read odd key', () => u['a b']);
t('read symbol', () => u[Symbol('x')]);
t('read Symbol.iterator', () => u[Symbol.iterator]);
t('read fraction', () => u[1.5]);
t('read chain', () => u.foo.bar);
t('read missing', () => o.x.y);
t('set name', () => { u.x = 1; });
t('set of null', () => { n.x = 1; });
t('set strict', () => { 'use strict'; u.x = 1; });
t('set index', () => { u[3] = 1; });
t('set symbol', () => { u[Symbol('q')] = 1; });
t('set nested', () => { o.a.b = 1; });
t('method of undefined', () => u.foo());
t('method of null', () => n.foo());
t('increment', () => { u.x++; });
t('compound', () => { u.x += 1; });
t('optional then plain', () => u?.x.y);
t('length', () => u.length);
t('getter', () => Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get.call(u));
