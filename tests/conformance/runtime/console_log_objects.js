// console.log of plain objects.
console.log({});
console.log({ animal: 'cat', count: 3, name: 'kitty' });
console.log({ 'a-b': 1, valid_id: 2, 3: 'three' });
console.log({ s: "it's", t: 'say "hi"' });
console.log({ u: undefined, n: null, b: true, big: 5n });
console.log({ sym: Symbol('x'), [Symbol('key')]: 1 });
console.log(Object.create(null));
const bare = Object.create(null);
bare.a = 1;
console.log(bare);
