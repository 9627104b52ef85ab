//! Rust structs as JavaScript classes.

use jsvm::{Error, Isolate, Value};

struct Account {
    owner: String,
    cents: u64,
}

fn bank(iso: &Isolate) {
    let class = iso
        .class(
            "Account",
            |owner: String, cents: Option<u64>| -> Result<Account, String> {
                if owner.is_empty() {
                    return Err("an account needs an owner".into());
                }
                Ok(Account {
                    owner,
                    cents: cents.unwrap_or(0),
                })
            },
        )
        .method("deposit", |a: &mut Account, cents: u64| {
            a.cents += cents;
            a.cents
        })
        .method(
            "withdraw",
            |a: &mut Account, cents: u64| -> Result<u64, String> {
                a.cents = a
                    .cents
                    .checked_sub(cents)
                    .ok_or_else(|| format!("{} has only {} cents", a.owner, a.cents))?;
                Ok(a.cents)
            },
        )
        .getter("owner", |a: &Account| a.owner.clone())
        .getter("balance", |a: &Account| a.cents)
        .build()
        .unwrap();
    iso.set_global("Account", class).unwrap();
}

#[test]
fn construct_call_methods_and_getters() {
    let iso = Isolate::new();
    bank(&iso);
    let r: (String, u64, u64, bool, bool, i32) = iso
        .eval(
            "const a = new Account('ann', 100); a.deposit(50);
             [a.owner, a.withdraw(20), a.balance, a instanceof Account,
              Object.getPrototypeOf(a) === Account.prototype, Account.length]",
        )
        .unwrap();
    assert_eq!(r, ("ann".into(), 130, 130, true, true, 2));
    // The Rust data is reachable from Rust too.
    let a: Value = iso.eval("a").unwrap();
    assert_eq!(
        iso.with_instance(&a, |acc: &mut Account| acc.cents),
        Some(130)
    );
}

#[test]
fn errors_are_javascript_errors() {
    let iso = Isolate::new();
    bank(&iso);
    let caught = |src: &str| -> String {
        iso.eval(&format!(
            "try {{ {src}; 'no error' }} catch (e) {{ `${{e.name}}: ${{e.message}}` }}"
        ))
        .unwrap()
    };
    assert_eq!(
        caught("Account('x')"),
        "TypeError: Class constructor Account cannot be invoked without 'new'"
    );
    assert_eq!(
        caught("new Account('')"),
        "Error: an account needs an owner"
    );
    assert_eq!(
        caught("new Account(1)"),
        "TypeError: The \"arguments[0]\" argument must be of type string. Received type number (1)"
    );
    assert_eq!(
        caught("new Account('bo').withdraw(1)"),
        "Error: bo has only 0 cents"
    );
    assert_eq!(
        caught("Account.prototype.deposit.call({}, 1)"),
        "TypeError: Illegal invocation: this is not a Account"
    );
    assert_eq!(
        caught("Object.getOwnPropertyDescriptor(Account.prototype, 'balance').get.call(1)"),
        "TypeError: Illegal invocation: this is not a Account"
    );
}

#[test]
fn subclasses_and_collection() {
    let iso = Isolate::new();
    bank(&iso);
    let r: (bool, bool, u64, String) = iso
        .eval(
            "class Savings extends Account { interest() { return this.deposit(this.balance / 10) } }
             const s = new Savings('sue', 1000);
             [s instanceof Savings, s instanceof Account, s.interest(), s.owner]",
        )
        .unwrap();
    assert_eq!(r, (true, true, 1100, "sue".into()));
    // Many instances, dropped with their objects.
    iso.eval::<()>("for (let i = 0; i < 1000; i++) new Account('x' + i)")
        .unwrap();
    iso.runtime().run_gc();
    let e = iso.eval::<()>("new Account('a').deposit(-1)").unwrap_err();
    assert!(matches!(e, Error::Thrown { .. }));
}
