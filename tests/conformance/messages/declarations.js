// Redeclarations, the temporal dead zone and undefined names.
function t(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
}
t('let twice', () => eval('let a; let a;'));
t('let then var', () => eval('let a; var a;'));
t('class then let', () => eval('class a {}; let a;'));
t('parameter', () => eval('function f(a) { let a; }'));
t('catch parameter', () => eval('try {} catch (e) { let e; }'));
t('read before', () => { z; let z = 1; });
t('write before', () => { z = 2; let z = 1; });
t('typeof before', () => { typeof z; let z = 1; });
t('closure before', () => { const f = () => z; f(); const z = 1; });
t('class before', () => { new K(); class K {} });
t('class extends itself', () => { class K extends K {} });
t('default before', () => { let [a = b, b] = []; });
t('parameter default', () => { function f(a = b, b) {} f(); });
t('not defined', () => nope);
t('call not defined', () => nope());
t('strict assignment', () => { 'use strict'; nope2 = 1; });
t('this before super', () => { class A extends Object { constructor() { this.x = 1; } } new A(); });
t('no super', () => { class A extends Object { constructor() { } } new A(); });
t('super twice', () => { class A extends Object { constructor() { super(); super(); } } new A(); });
