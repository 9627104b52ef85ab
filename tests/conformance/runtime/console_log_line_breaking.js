// console.log breaks an object over several lines when it does not fit in
// 72 characters.
console.log({ name: 'fixture data', list: [1, 2, 3], nested: { ok: true, nothing: null } });
console.log({ existing: 2, plain: 'plain', viaThis: 'this', viaGlobalThis: 'globalThis' });
console.log({ short: 1, other: 'two' });
console.log(['a somewhat long string', 'another somewhat long string', 'third one']);
