// console.table in all its forms.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([{ a: 1, b: 2 }, { b: 3, c: 4 }]);
console.table([1, 'two', { three: 3 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ row1: { col: 1 }, row2: { col: 2, other: true } });
console.table({ a: 1, b: 'str' });
console.table([{ a: 1, b: 2, c: 3 }], ['a', 'c']);
console.table([{ a: 1 }, 'prim'], ['a']);
console.table(new Map([['k1', 1], ['k2', { nested: true }]]));
console.table(new Set([1, 'two', [3]]));
console.table(new Map([[{ k: 1 }, [1, 2, 3, 4]]]).entries());
console.table(new Map([[1, 2]]).keys());
console.table(new Set(['s']).values());
console.table([{ x: { deep: { deeper: 1 } }, y: [1, 2, 3, 4, 5], z: 'a\nb' }]);
console.table([{ name: '日本語', v: '✓' }, { name: 'ascii', v: 'x' }]);
console.table([]);
console.table({});
console.table(5);
console.table('string');
console.table(null);
console.table(undefined);
console.table([undefined, null]);
console.table([{ a: undefined, b: null }]);
console.table(new Uint8Array([7, 8]));
console.table([{ 1: 'one', a: 'A' }]);
console.table([function f() {}, Symbol('s')]);
try { console.table([], 'a'); } catch (e) { console.log(e.code, e.message); }
