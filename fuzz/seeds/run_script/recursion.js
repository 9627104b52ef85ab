function f(n) { return n ? f(n - 1) : new Error("x").stack; } f(50); /(a+)+b/.test("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
