//! Byte encodings of `Buffer` (`utf8`, `utf16le`, `latin1`, `ascii`,
//! `hex`, `base64`, `base64url`), with Node's rules for malformed input:
//! invalid UTF-8 decodes to U+FFFD per maximal subpart, hex stops at the
//! first pair that is not hex, base64 skips characters outside its alphabet
//! and stops at padding.

/// The bytes of `units` (a string as UTF-16 code units) in `encoding`.
pub(crate) fn encode(units: &[u16], encoding: &str) -> Vec<u8> {
    match encoding {
        "utf16le" => units.iter().flat_map(|u| u.to_le_bytes()).collect(),
        "latin1" | "ascii" => units.iter().map(|&u| u as u8).collect(),
        "hex" => {
            let digits: Vec<Option<u8>> = units
                .iter()
                .map(|&u| {
                    char::from_u32(u as u32)
                        .and_then(|c| c.to_digit(16))
                        .map(|d| d as u8)
                })
                .collect();
            let mut out = Vec::with_capacity(digits.len() / 2);
            for pair in digits.chunks_exact(2) {
                match (pair[0], pair[1]) {
                    (Some(h), Some(l)) => out.push(h << 4 | l),
                    _ => break,
                }
            }
            out
        }
        "base64" | "base64url" => decode_base64(units),
        _ => String::from_utf16_lossy(units).into_bytes(),
    }
}

fn base64_value(u: u16) -> Option<u32> {
    Some(match u {
        0x41..=0x5a => u as u32 - 0x41,
        0x61..=0x7a => u as u32 - 0x61 + 26,
        0x30..=0x39 => u as u32 - 0x30 + 52,
        0x2b | 0x2d => 62,
        0x2f | 0x5f => 63,
        _ => return None,
    })
}

/// Base64 or base64url, as Node reads them: other characters are skipped,
/// `=` ends the data.
fn decode_base64(units: &[u16]) -> Vec<u8> {
    let mut out = Vec::with_capacity(units.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &u in units {
        if u == b'=' as u16 {
            break;
        }
        let Some(v) = base64_value(u) else { continue };
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `bytes` in `encoding`, as UTF-16 code units.
pub(crate) fn decode(bytes: &[u8], encoding: &str) -> Vec<u16> {
    match encoding {
        "utf16le" => bytes
            .chunks_exact(2)
            .map(|p| u16::from_le_bytes([p[0], p[1]]))
            .collect(),
        "latin1" => bytes.iter().map(|&b| b as u16).collect(),
        "ascii" => bytes.iter().map(|&b| (b & 0x7f) as u16).collect(),
        "hex" => bytes
            .iter()
            .flat_map(|&b| [HEX[(b >> 4) as usize] as u16, HEX[(b & 15) as usize] as u16])
            .collect(),
        "base64" | "base64url" => {
            let url = encoding == "base64url";
            let table: &[u8; 64] = if url {
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
            } else {
                b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            };
            let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
            for chunk in bytes.chunks(3) {
                let n = chunk.len();
                let v = (chunk[0] as u32) << 16
                    | (*chunk.get(1).unwrap_or(&0) as u32) << 8
                    | *chunk.get(2).unwrap_or(&0) as u32;
                for i in 0..4 {
                    if i <= n {
                        out.push(table[(v >> (18 - 6 * i) & 63) as usize] as u16);
                    } else if !url {
                        out.push(b'=' as u16);
                    }
                }
            }
            out
        }
        _ => String::from_utf8_lossy(bytes).encode_utf16().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn units(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn round_trips_and_node_rules() {
        assert_eq!(encode(&units("héllo"), "utf8"), "héllo".as_bytes());
        assert_eq!(decode(&[0x68, 0xff, 0x69], "utf8"), units("h\u{fffd}i"));
        assert_eq!(encode(&units("0aFfzz12"), "hex"), vec![0x0a, 0xff]);
        assert_eq!(decode(&[0x0a, 0xff], "hex"), units("0aff"));
        assert_eq!(decode(b"hello", "base64"), units("aGVsbG8="));
        assert_eq!(decode(b"hello", "base64url"), units("aGVsbG8"));
        assert_eq!(encode(&units("aGV sbG8=junk"), "base64"), b"hello");
        assert_eq!(encode(&units("aGVsbG8"), "base64url"), b"hello");
        assert_eq!(decode(&[0xe9, 0x80], "ascii"), units("i\u{0}"));
        assert_eq!(decode(&[0xe9], "latin1"), units("é"));
        assert_eq!(encode(&units("hé"), "utf16le"), vec![0x68, 0, 0xe9, 0]);
    }
}
