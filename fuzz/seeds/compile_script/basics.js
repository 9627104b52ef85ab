function f(a, b = 1, ...c) { return a?.b ?? `x${b}`; }
class A extends Object { #p = 1; static { this.x = 1; } get y() { return this.#p; } }
label: for (const [k, v] of Object.entries({a: 1})) { if (k) continue label; }
async function* g() { for await (const x of []) yield* x; }
/(?<n>a+)+$/u.test("aaa");
//# sourceMappingURL=x.map
