Promise.resolve(1).then(function f(v) { return v < 100 ? Promise.resolve(v + 1).then(f) : v; })
