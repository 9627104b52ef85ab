// console.log of arrays.
console.log([]);
console.log(['a', 1, null, undefined, true]);
console.log([[1, 2], [3, [4, [5, [6]]]]]);
console.log([1, , 3]);
console.log(["it's", 'plain', 'say "hi"']);
console.log([function named() {}, () => {}]);
console.log([{ a: 1 }, [2]]);
