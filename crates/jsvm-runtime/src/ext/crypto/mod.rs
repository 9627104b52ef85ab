//! `node:crypto`'s natives: random bytes from the system (getrandom) and
//! the hashes and HMACs of RustCrypto (md-5, sha1, sha2, hmac), held by
//! handle objects that crypto.js's `Hash` and `Hmac` wrap.

use std::cell::RefCell;

use hmac::{Hmac, KeyInit, Mac};
use jsvm::engine::Class;
use jsvm::{Context, JsResult, Value};
use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};

use crate::{arg, def};

/// The algorithms `createHash` and `createHmac` know, by Node's names
/// (lower case; crypto.js lower-cases what the program gives).
const ALGORITHMS: &[&str] = &["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];

macro_rules! states {
    ($($name:ident => $ty:ty),* $(,)?) => {
        /// A running hash or HMAC.
        #[derive(Clone)]
        enum State {
            $($name($ty),)*
        }
        #[derive(Clone)]
        enum MacState {
            $($name(Hmac<$ty>),)*
        }
        impl State {
            fn update(&mut self, data: &[u8]) {
                match self { $(State::$name(h) => Digest::update(h, data),)* }
            }
            fn finish(self) -> Vec<u8> {
                match self { $(State::$name(h) => h.finalize().to_vec(),)* }
            }
        }
        impl MacState {
            fn update(&mut self, data: &[u8]) {
                match self { $(MacState::$name(h) => Mac::update(h, data),)* }
            }
            fn finish(self) -> Vec<u8> {
                match self { $(MacState::$name(h) => h.finalize().into_bytes().to_vec(),)* }
            }
        }
    };
}

states! {
    Md5 => Md5,
    Sha1 => Sha1,
    Sha224 => Sha224,
    Sha256 => Sha256,
    Sha384 => Sha384,
    Sha512 => Sha512,
}

fn new_hash(algorithm: &str) -> Option<State> {
    Some(match algorithm {
        "md5" => State::Md5(Md5::new()),
        "sha1" => State::Sha1(Sha1::new()),
        "sha224" => State::Sha224(Sha224::new()),
        "sha256" => State::Sha256(Sha256::new()),
        "sha384" => State::Sha384(Sha384::new()),
        "sha512" => State::Sha512(Sha512::new()),
        _ => return None,
    })
}

fn new_hmac(algorithm: &str, key: &[u8]) -> Option<MacState> {
    // HMAC takes keys of any length: new_from_slice cannot fail.
    Some(match algorithm {
        "md5" => MacState::Md5(Hmac::new_from_slice(key).ok()?),
        "sha1" => MacState::Sha1(Hmac::new_from_slice(key).ok()?),
        "sha224" => MacState::Sha224(Hmac::new_from_slice(key).ok()?),
        "sha256" => MacState::Sha256(Hmac::new_from_slice(key).ok()?),
        "sha384" => MacState::Sha384(Hmac::new_from_slice(key).ok()?),
        "sha512" => MacState::Sha512(Hmac::new_from_slice(key).ok()?),
        _ => return None,
    })
}

#[derive(Clone)]
enum Running {
    Hash(State),
    Mac(MacState),
}

/// The native side of a `Hash` or `Hmac`: `None` once digested.
struct HashHandle(RefCell<Option<Running>>);

// SAFETY: holds no JavaScript values, so it has nothing to trace.
unsafe impl Class for HashHandle {
    const NAME: &'static str = "Hash";
}

fn handle<'v>(c: &Context, v: &'v Value) -> JsResult<&'v HashHandle> {
    c.instance_data::<HashHandle>(v)
        .ok_or_else(|| c.type_error("Illegal invocation"))
}

/// `n` bytes from the system's random source.
fn random(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    // The system's generator fails only where there is none at all.
    getrandom::fill(&mut bytes).expect("the system's random generator failed");
    bytes
}

pub(crate) fn make_crypto_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // randomBytes(n) -> Uint8Array
    def(main, &b, "randomBytes", 1, move |c, _, a| {
        let n = arg(a, 0, c).as_f64().unwrap_or(0.0).max(0.0) as usize;
        c.uint8_array(&random(n))
    })?;
    // hashNew(algorithm, key?) -> handle, or undefined for an unknown one
    def(main, &b, "hashNew", 2, move |c, _, a| {
        let algorithm = c.to_rust_string(&arg(a, 0, c))?;
        let key = arg(a, 1, c);
        let running = if key.is_undefined() {
            new_hash(&algorithm).map(Running::Hash)
        } else {
            let key = c.bytes_of(&key).unwrap_or_default();
            new_hmac(&algorithm, &key).map(Running::Mac)
        };
        match running {
            Some(r) => c.new_instance(HashHandle(RefCell::new(Some(r))), None),
            None => Ok(c.undefined()),
        }
    })?;
    // hashUpdate(handle, bytes) -> false once digested
    def(main, &b, "hashUpdate", 2, move |c, _, a| {
        let v = arg(a, 0, c);
        let h = handle(c, &v)?;
        let bytes = c.bytes_of(&arg(a, 1, c)).unwrap_or_default();
        let mut state = h.0.borrow_mut();
        Ok(c.boolean(match state.as_mut() {
            Some(Running::Hash(s)) => {
                s.update(&bytes);
                true
            }
            Some(Running::Mac(s)) => {
                s.update(&bytes);
                true
            }
            None => false,
        }))
    })?;
    // hashDigest(handle) -> Uint8Array, or undefined once digested
    def(main, &b, "hashDigest", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        let h = handle(c, &v)?;
        let taken = h.0.borrow_mut().take();
        match taken {
            Some(Running::Hash(s)) => c.uint8_array(&s.finish()),
            Some(Running::Mac(s)) => c.uint8_array(&s.finish()),
            None => Ok(c.undefined()),
        }
    })?;
    // hashCopy(handle) -> a new handle, or undefined once digested
    def(main, &b, "hashCopy", 1, move |c, _, a| {
        let v = arg(a, 0, c);
        let h = handle(c, &v)?;
        let copy = h.0.borrow().clone();
        match copy {
            Some(r) => c.new_instance(HashHandle(RefCell::new(Some(r))), None),
            None => Ok(c.undefined()),
        }
    })?;
    let names = ALGORITHMS
        .iter()
        .map(|s| main.string(s))
        .collect::<JsResult<Vec<_>>>()?;
    main.set(&b, "algorithms", main.array_from(names)?)?;
    Ok(b)
}
