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
        let s = c.to_rust_string(&arg(a, 0, c))?;
        let enc = c.to_rust_string(&arg(a, 1, c))?;
        let bytes = if enc == "utf8" {
            s.into_bytes()
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            encode(&units, &enc)
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
        c.string(&String::from_utf16_lossy(&decode(&bytes, &enc)))
    })?;
    Ok(b)
}
