//! Unit tests of the wire primitives: exact bytes, edge values, null versus
//! empty, and rejection of truncated or hostile input.
//!
//! A counting allocator records the largest single allocation of each
//! thread, so the tests can show that a huge length or count from the wire is
//! refused before anything is reserved for it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use bytes::{Bytes, BytesMut};
use ferrokafka::protocol::primitives::*;
use ferrokafka::protocol::ProtocolError;

struct Counting;

thread_local! {
    // Const-initialised and without destructor: using it never allocates.
    static LARGEST: Cell<usize> = const { Cell::new(0) };
}

fn record(size: usize) {
    let _ = LARGEST.try_with(|l| l.set(l.get().max(size)));
}

// SAFETY: forwards to the system allocator; only records sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        record(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        record(new_size);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn bytes(raw: &[u8]) -> Bytes {
    Bytes::copy_from_slice(raw)
}

fn written(f: impl FnOnce(&mut BytesMut)) -> Vec<u8> {
    let mut buf = BytesMut::new();
    f(&mut buf);
    buf.to_vec()
}

fn is_eof<T: std::fmt::Debug>(r: Result<T, ProtocolError>) -> bool {
    matches!(r, Err(ProtocolError::UnexpectedEof { .. }))
}

fn is_invalid<T: std::fmt::Debug>(r: Result<T, ProtocolError>) -> bool {
    matches!(r, Err(ProtocolError::Invalid { .. }))
}

#[test]
fn fixed_width_integers_are_big_endian() {
    assert_eq!(written(|b| write_i32(b, 0x0102_0304)), [1, 2, 3, 4]);
    assert_eq!(written(|b| write_i16(b, -2)), [0xff, 0xfe]);
    assert_eq!(written(|b| write_u16(b, 0xabcd)), [0xab, 0xcd]);
    assert_eq!(written(|b| write_u32(b, 0xdead_beef)), [0xde, 0xad, 0xbe, 0xef]);
    assert_eq!(written(|b| write_i64(b, -1)), [0xff; 8]);
    assert_eq!(written(|b| write_f64(b, 1.0)), [0x3f, 0xf0, 0, 0, 0, 0, 0, 0]);
    assert_eq!(read_i64(&mut bytes(&[0x80, 0, 0, 0, 0, 0, 0, 0])).unwrap(), i64::MIN);
    assert_eq!(read_u16(&mut bytes(&[0xff, 0xff])).unwrap(), u16::MAX);
    assert_eq!(read_f64(&mut bytes(&[0x3f, 0xf0, 0, 0, 0, 0, 0, 0])).unwrap(), 1.0);
}

#[test]
fn truncated_fixed_width_reads_fail_without_consuming() {
    let mut buf = bytes(&[1, 2, 3]);
    assert!(matches!(
        read_i32(&mut buf),
        Err(ProtocolError::UnexpectedEof { needed: 4, remaining: 3, .. })
    ));
    assert_eq!(buf.len(), 3);
    assert!(is_eof(read_i8(&mut Bytes::new())));
    assert!(is_eof(read_i64(&mut bytes(&[0; 7]))));
    assert!(is_eof(read_f64(&mut bytes(&[0; 7]))));
    assert!(is_eof(read_bool(&mut Bytes::new())));
}

#[test]
fn bool_reads_any_nonzero_as_true_and_writes_one() {
    assert!(!read_bool(&mut bytes(&[0])).unwrap());
    assert!(read_bool(&mut bytes(&[1])).unwrap());
    assert!(read_bool(&mut bytes(&[7])).unwrap());
    assert_eq!(written(|b| write_bool(b, true)), [1]);
}

#[test]
fn unsigned_varints_at_their_edges() {
    let cases: [(u32, &[u8]); 7] = [
        (0, &[0]),
        (1, &[1]),
        (127, &[0x7f]),
        (128, &[0x80, 0x01]),
        (300, &[0xac, 0x02]),
        (16_384, &[0x80, 0x80, 0x01]),
        (u32::MAX, &[0xff, 0xff, 0xff, 0xff, 0x0f]),
    ];
    for (value, encoded) in cases {
        assert_eq!(written(|b| write_uvarint(b, value)), encoded, "{value}");
        assert_eq!(uvarint_len(value), encoded.len(), "{value}");
        let mut buf = bytes(encoded);
        assert_eq!(read_uvarint(&mut buf).unwrap(), value);
        assert!(buf.is_empty());
    }
}

#[test]
fn unsigned_varints_that_overflow_or_end_early_are_rejected() {
    // A fifth byte may carry only 4 more bits.
    assert!(is_invalid(read_uvarint(&mut bytes(&[0xff, 0xff, 0xff, 0xff, 0x1f]))));
    // A sixth byte is never allowed.
    assert!(is_invalid(read_uvarint(&mut bytes(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00]))));
    assert!(is_eof(read_uvarint(&mut bytes(&[0x80]))));
    assert!(is_eof(read_uvarint(&mut Bytes::new())));
    // Ten bytes hold 64 bits, the tenth carrying one.
    let max = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    assert_eq!(read_uvarlong(&mut bytes(&max)).unwrap(), u64::MAX);
    assert_eq!(written(|b| write_uvarlong(b, u64::MAX)), max);
    let too_big = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
    assert!(is_invalid(read_uvarlong(&mut bytes(&too_big))));
    assert!(is_eof(read_uvarlong(&mut bytes(&max[..9]))));
}

#[test]
fn zigzag_varints_map_small_magnitudes_to_small_codes() {
    let cases: [(i32, u32); 6] =
        [(0, 0), (-1, 1), (1, 2), (-2, 3), (i32::MAX, u32::MAX - 1), (i32::MIN, u32::MAX)];
    for (value, zigzag) in cases {
        assert_eq!(written(|b| write_varint(b, value)), written(|b| write_uvarint(b, zigzag)));
        assert_eq!(read_varint(&mut Bytes::from(written(|b| write_varint(b, value)))).unwrap(), value);
    }
    for value in [0i64, -1, 1, i64::MIN, i64::MAX, 1 << 40, -(1 << 40)] {
        let encoded = written(|b| write_varlong(b, value));
        assert_eq!(read_varlong(&mut Bytes::from(encoded)).unwrap(), value);
    }
    assert_eq!(written(|b| write_varlong(b, i64::MIN)).len(), 10);
}

#[test]
fn strings_distinguish_null_from_empty() {
    assert_eq!(written(|b| write_nullable_string(b, None, false).unwrap()), [0xff, 0xff]);
    assert_eq!(written(|b| write_nullable_string(b, Some(""), false).unwrap()), [0, 0]);
    assert_eq!(written(|b| write_nullable_string(b, None, true).unwrap()), [0]);
    assert_eq!(written(|b| write_nullable_string(b, Some(""), true).unwrap()), [1]);
    assert_eq!(written(|b| write_string(b, "ab", true).unwrap()), [3, b'a', b'b']);
    assert_eq!(written(|b| write_string(b, "ab", false).unwrap()), [0, 2, b'a', b'b']);

    assert_eq!(read_nullable_string(&mut bytes(&[0xff, 0xff]), false).unwrap(), None);
    assert_eq!(read_nullable_string(&mut bytes(&[0, 0]), false).unwrap(), Some(String::new()));
    assert_eq!(read_nullable_string(&mut bytes(&[0]), true).unwrap(), None);
    assert_eq!(read_nullable_string(&mut bytes(&[1]), true).unwrap(), Some(String::new()));
    assert!(is_invalid(read_string(&mut bytes(&[0xff, 0xff]), false)));
    assert!(is_invalid(read_string(&mut bytes(&[0]), true)));
}

#[test]
fn bad_strings_are_rejected() {
    assert!(is_invalid(read_nullable_string(&mut bytes(&[0xff, 0xfe]), false)), "length -2");
    assert!(is_eof(read_string(&mut bytes(&[0, 5, b'a']), false)));
    assert!(is_eof(read_string(&mut bytes(&[6, b'a']), true)));
    assert!(is_invalid(read_string(&mut bytes(&[0, 2, 0xc3, 0x28]), false)), "bad UTF-8");
    let long = "x".repeat(40_000);
    assert!(write_string(&mut BytesMut::new(), &long, false).is_err(), "too long for int16");
    assert!(write_string(&mut BytesMut::new(), &long, true).is_ok());
}

#[test]
fn bytes_and_records_are_zero_copy_slices() {
    let input = bytes(&[0, 0, 0, 3, 7, 8, 9, 42]);
    let mut buf = input.clone();
    let value = read_bytes(&mut buf, false).unwrap();
    assert_eq!(&value[..], [7, 8, 9]);
    assert_eq!(value.as_ptr(), input[4..].as_ptr(), "not copied");
    assert_eq!(&buf[..], [42]);

    let input = bytes(&[4, 1, 2, 3]);
    let mut buf = input.clone();
    let records = read_records(&mut buf, true).unwrap().unwrap();
    assert_eq!(records.as_ptr(), input[1..].as_ptr(), "not copied");

    assert_eq!(read_nullable_bytes(&mut bytes(&[0xff; 4]), false).unwrap(), None);
    assert_eq!(read_nullable_bytes(&mut bytes(&[0; 4]), false).unwrap(), Some(Bytes::new()));
    assert_eq!(read_records(&mut bytes(&[0]), true).unwrap(), None);
    assert_eq!(written(|b| write_records(b, None, false).unwrap()), [0xff; 4]);
    assert_eq!(written(|b| write_nullable_bytes(b, Some(&Bytes::new()), true).unwrap()), [1]);
    assert!(is_invalid(read_bytes(&mut bytes(&[0xff; 4]), false)));
    assert!(is_eof(read_bytes(&mut bytes(&[0, 0, 0, 9, 1]), false)));
}

#[test]
fn arrays_distinguish_null_from_empty() {
    assert_eq!(read_nullable_array::<i32>(&mut bytes(&[0xff; 4]), 0, false).unwrap(), None);
    assert_eq!(read_nullable_array::<i32>(&mut bytes(&[0]), 0, true).unwrap(), None);
    assert_eq!(read_nullable_array::<i32>(&mut bytes(&[1]), 0, true).unwrap(), Some(vec![]));
    assert_eq!(read_array::<i16>(&mut bytes(&[3, 0, 1, 0xff, 0xff]), 0, true).unwrap(), vec![1, -1]);
    assert!(is_invalid(read_array::<i32>(&mut bytes(&[0]), 0, true)));
    assert_eq!(written(|b| write_nullable_array::<i32>(b, None, 0, false).unwrap()), [0xff; 4]);
    assert_eq!(written(|b| write_array::<i8>(b, &[5], 0, false).unwrap()), [0, 0, 0, 1, 5]);
    let strings = vec!["a".to_owned(), String::new()];
    let encoded = written(|b| write_array(b, &strings, 0, true).unwrap());
    assert_eq!(encoded, [3, 2, b'a', 1]);
    assert_eq!(read_array::<String>(&mut Bytes::from(encoded), 0, true).unwrap(), strings);
    assert!(is_invalid(read_nullable_array::<i32>(&mut bytes(&[0xff, 0xff, 0xff, 0xfe]), 0, false)));
}

#[test]
fn huge_counts_and_lengths_are_refused_before_allocating() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("classic array", vec![0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0]),
        ("compact array", vec![0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0]),
        ("classic bytes", vec![0x7f, 0xff, 0xff, 0xff, 1, 2]),
        ("compact string", vec![0xff, 0xff, 0xff, 0xff, 0x0f, 1]),
    ];
    for (what, raw) in cases {
        let input = Bytes::from(raw);
        LARGEST.with(|l| l.set(0));
        let result = match what {
            "classic array" => read_array::<i64>(&mut input.clone(), 0, false).map(|_| ()),
            "compact array" => read_array::<String>(&mut input.clone(), 0, true).map(|_| ()),
            "classic bytes" => read_bytes(&mut input.clone(), false).map(|_| ()),
            _ => read_string(&mut input.clone(), true).map(|_| ()),
        };
        assert!(is_eof(result), "{what}");
        let largest = LARGEST.with(Cell::get);
        assert!(largest < 4096, "{what} allocated {largest} bytes");
    }
}

#[test]
fn counts_are_checked_against_the_element_size() {
    // 100 000 elements announced, 100 000 bytes present, but the elements are
    // eight-byte integers: the count is refused, as 800 000 bytes would be needed.
    let mut raw = vec![0, 1, 0x86, 0xa0];
    raw.resize(4 + 100_000, 0);
    assert!(is_eof(read_array::<i64>(&mut Bytes::from(raw.clone()), 0, false)));
    // As bytes they fit, and decode.
    assert_eq!(read_array::<i8>(&mut Bytes::from(raw), 0, false).unwrap().len(), 100_000);
}

#[test]
fn uuids_print_as_kafka_does() {
    assert_eq!(Uuid::ZERO.to_string(), "AAAAAAAAAAAAAAAAAAAAAA");
    // Kafka's metadata topic ID, Uuid(0, 1).
    assert_eq!(Uuid::from_u128(1).to_string(), "AAAAAAAAAAAAAAAAAAAAAQ");
    assert_eq!(Uuid::from_u128(u128::MAX).to_string(), "_____________________w");
    for value in [0u128, 1, u128::MAX, 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210] {
        let id = Uuid::from_u128(value);
        assert_eq!(id.to_string().parse::<Uuid>().unwrap(), id);
        assert_eq!(id.to_string().len(), 22);
    }
    assert!("AAAAAAAAAAAAAAAAAAAAAB".parse::<Uuid>().is_err(), "stray low bits");
    assert!("AAAA".parse::<Uuid>().is_err());
    assert!("AAAAAAAAAAAAAAAAAAAAA=".parse::<Uuid>().is_err());
    let raw: Vec<u8> = (1..=16).collect();
    let id = read_uuid(&mut Bytes::from(raw.clone())).unwrap();
    assert_eq!(written(|b| write_uuid(b, &id)), raw);
    assert!(is_eof(read_uuid(&mut bytes(&[0; 15]))));
}

#[test]
fn unknown_tagged_fields_are_kept_and_merged_in_tag_order() {
    // Three tagged fields: tag 1 (2 bytes), tag 5 (0 bytes), tag 300 (1 byte).
    let raw = [3, 1, 2, 0xaa, 0xbb, 5, 0, 0xac, 0x02, 1, 0xcc];
    let mut buf = bytes(&raw);
    let fields = read_unknown_tagged_fields(&mut buf).unwrap();
    assert!(buf.is_empty());
    assert_eq!(fields.len(), 3);
    assert_eq!(fields.0[2], RawTaggedField { tag: 300, data: bytes(&[0xcc]) });
    assert_eq!(written(|b| write_unknown_tagged_fields(b, &fields).unwrap()), raw);

    // A known field with tag 3 lands between tags 1 and 5.
    let merged = written(|b| {
        let mut w = TaggedFieldWriter::start(b, 1, &fields).unwrap();
        w.field(b, 3, |b| {
            write_i8(b, 9);
            Ok(())
        })
        .unwrap();
        w.finish(b).unwrap();
    });
    assert_eq!(merged, [4, 1, 2, 0xaa, 0xbb, 3, 1, 9, 5, 0, 0xac, 0x02, 1, 0xcc]);
}

#[test]
fn truncated_tagged_fields_are_rejected() {
    assert!(is_eof(read_unknown_tagged_fields(&mut bytes(&[1, 0, 5, 1]))));
    assert!(is_eof(read_unknown_tagged_fields(&mut bytes(&[2, 0, 0]))));
    // A huge field count with no fields behind it fails fast.
    assert!(is_eof(read_unknown_tagged_fields(&mut bytes(&[0xff, 0xff, 0xff, 0xff, 0x0f]))));
}

#[test]
fn guards_report_what_and_where() {
    assert_eq!(
        check_version("X", 9, 0, 3),
        Err(ProtocolError::UnsupportedVersion { message: "X", version: 9, min: 0, max: 3 })
    );
    assert!(check_version("Removed", 0, 0, -1).is_err());
    assert!(require::<str>(None, "X", "f", 1).is_err());
    assert!(expect_empty(&bytes(&[1]), "X.f").is_err());
}
