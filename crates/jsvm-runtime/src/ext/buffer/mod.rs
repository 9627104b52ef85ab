//! `node:buffer`'s natives: the byte encodings of buffer.js.

mod encoding;
pub(crate) use encoding::{decode, encode};

use jsvm::{Context, JsResult, Value};

use crate::{arg, def};

/// The byte encodings of buffer.js (encoding.rs).
pub(crate) fn make_buffer_binding(main: &Context) -> JsResult<Value> {
    let b = main.new_object()?;
    // encode(string, encoding) -> Uint8Array
    def(main, &b, "encode", 2, move |c, _, a| {
        let v = arg(a, 0, c);
        let enc = c.to_rust_string(&arg(a, 1, c))?;
        // Lone surrogates: utf16le keeps them, utf8 writes U+FFFD for each
        // (the Rust string has three U+FFFD for one), so those strings go
        // by their UTF-16 code units.
        let bytes = match c.to_rust_string(&v)? {
            s if enc == "utf8" && !s.contains('\u{fffd}') => s.into_bytes(),
            _ => encode(&c.to_utf16(&v)?, &enc),
        };
        c.uint8_array(&bytes)
    })?;
    // decode(uint8Array, encoding) -> string
    def(main, &b, "decode", 2, move |c, _, a| {
        let bytes = c.bytes_of(&arg(a, 0, c)).unwrap_or_default();
        let enc = c.to_rust_string(&arg(a, 1, c))?;
        if enc == "utf8" {
            return c.string(&String::from_utf8_lossy(&bytes));
        }
        c.string_from_utf16(&decode(&bytes, &enc))
    })?;
    Ok(b)
}
