//! Records to send, from Python, and their metadata, back to Python.
//!
//! `encode_records` turns a whole `send()` argument into engine messages in
//! one call: plain dicts of bytes are read here without running any Python
//! code; codecs (Python callables) run only for values that need them, and
//! anything unusual (Record objects, other mappings, datetime timestamps,
//! odd headers) goes through the package's own Python helpers, which also
//! raise its errors. [`Delivered`] builds the `RecordMetadata` list.

use std::collections::HashMap;
use std::sync::Mutex;

use bytes::Bytes;
use ferrokafka::producer::Message;
use ferrokafka::record::Header;
use pyo3::exceptions::PyRuntimeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyInt, PyList, PyString, PyTuple};

use crate::errors::config;

/// A function or class of the Python package, looked up on first use.
struct Helper {
    module: &'static str,
    name: &'static str,
    cell: PyOnceLock<Py<PyAny>>,
}

impl Helper {
    const fn new(module: &'static str, name: &'static str) -> Self {
        Helper { module, name, cell: PyOnceLock::new() }
    }

    fn get<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyAny>> {
        self.cell
            .get_or_try_init(py, || Ok::<_, PyErr>(py.import(self.module)?.getattr(self.name)?.unbind()))
            .map(|f| f.bind(py))
    }
}

/// `record_fields(r) -> (key, value, headers, partition, timestamp)`.
static RECORD_FIELDS: Helper = Helper::new("ferrokafka._core", "record_fields");
/// `header_pairs(headers) -> [(str, bytes | None)] | None`.
static HEADER_PAIRS: Helper = Helper::new("ferrokafka._core", "header_pairs");
static TO_MILLIS: Helper = Helper::new("ferrokafka.types", "to_millis");
static TO_DATETIME: Helper = Helper::new("ferrokafka.types", "to_datetime");
static RECORD_METADATA: Helper = Helper::new("ferrokafka.types", "RecordMetadata");

/// One side (key or value) of a topic: its encoder, and whether it is the
/// raw codec (bytes pass through without calling it).
struct Encoder<'py> {
    encode: Bound<'py, PyAny>,
    raw: bool,
    what: &'static str,
}

impl<'py> Encoder<'py> {
    fn apply(&self, value: &Bound<'py, PyAny>) -> PyResult<Option<Bytes>> {
        if value.is_none() {
            return Ok(None);
        }
        if self.raw {
            if let Ok(b) = value.cast_exact::<PyBytes>() {
                return Ok(Some(Bytes::copy_from_slice(b.as_bytes())));
            }
        }
        let encoded = self.encode.call1((value,))?;
        match encoded.cast::<PyBytes>() {
            Ok(b) => Ok(Some(Bytes::copy_from_slice(b.as_bytes()))),
            Err(_) => Err(config(
                self.what,
                format!(
                    "a record's {} must be bytes after encoding (or None); give the topic a codec for other types",
                    self.what
                ),
            )),
        }
    }
}

/// Records converted by `encode_records`, waiting for `send` (which takes
/// them once).
#[pyclass(module = "ferrokafka._native", frozen)]
pub struct EncodedRecords {
    messages: Mutex<Option<Vec<Message>>>,
}

impl EncodedRecords {
    /// The messages; an error if they were already sent.
    pub fn take(&self) -> PyResult<Vec<Message>> {
        self.messages
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .take()
            .ok_or_else(|| PyRuntimeError::new_err("these encoded records were already sent"))
    }
}

/// The five fields of one record, as given.
type Fields<'py> = [Option<Bound<'py, PyAny>>; 5];

/// The fields of a plain dict whose keys are all record fields; `None`
/// for anything else (left to `record_fields`).
fn dict_fields<'py>(item: &Bound<'py, PyAny>) -> Option<Fields<'py>> {
    let dict = item.cast_exact::<PyDict>().ok()?;
    let mut fields: Fields<'py> = Default::default();
    for (name, value) in dict.iter() {
        let slot = match name.cast_exact::<PyString>().ok()?.to_str().ok()? {
            "key" => 0,
            "value" => 1,
            "headers" => 2,
            "partition" => 3,
            "timestamp" => 4,
            _ => return None,
        };
        fields[slot] = Some(value);
    }
    Some(fields)
}

fn fields_of<'py>(py: Python<'py>, item: &Bound<'py, PyAny>) -> PyResult<Fields<'py>> {
    if let Some(fields) = dict_fields(item) {
        return Ok(fields);
    }
    let tuple = RECORD_FIELDS.get(py)?.call1((item,))?.cast_into::<PyTuple>()?;
    let mut fields: Fields<'py> = Default::default();
    for (slot, value) in fields.iter_mut().zip(tuple.iter()) {
        *slot = Some(value);
    }
    Ok(fields)
}

/// A header value that needs no Python code: None, bytes or str.
fn plain_header_value(value: &Bound<'_, PyAny>) -> Option<Option<Bytes>> {
    if value.is_none() {
        Some(None)
    } else if let Ok(b) = value.cast_exact::<PyBytes>() {
        Some(Some(Bytes::copy_from_slice(b.as_bytes())))
    } else if let Ok(s) = value.cast_exact::<PyString>() {
        Some(Some(Bytes::copy_from_slice(s.to_str().ok()?.as_bytes())))
    } else {
        None
    }
}

fn plain_header(name: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> Option<Header> {
    let key = name.cast_exact::<PyString>().ok()?.to_str().ok()?.to_owned();
    Some(Header { key, value: plain_header_value(value)? })
}

/// Headers given as a dict or a list/tuple of pairs of str names and
/// str/bytes/None values; `None` for anything else.
fn plain_headers(headers: &Bound<'_, PyAny>) -> Option<Vec<Header>> {
    if let Ok(dict) = headers.cast_exact::<PyDict>() {
        return dict.iter().map(|(name, value)| plain_header(&name, &value)).collect();
    }
    let pair = |item: Bound<'_, PyAny>| -> Option<Header> {
        let pair = item.cast_exact::<PyTuple>().ok()?;
        if pair.len() != 2 {
            return None;
        }
        plain_header(&pair.get_item(0).ok()?, &pair.get_item(1).ok()?)
    };
    if let Ok(list) = headers.cast_exact::<PyList>() {
        return list.iter().map(pair).collect();
    }
    if let Ok(tuple) = headers.cast_exact::<PyTuple>() {
        return tuple.iter().map(pair).collect();
    }
    None
}

fn headers_of(py: Python<'_>, headers: Option<Bound<'_, PyAny>>) -> PyResult<Vec<Header>> {
    let Some(headers) = headers.filter(|h| !h.is_none()) else {
        return Ok(Vec::new());
    };
    if let Some(plain) = plain_headers(&headers) {
        return Ok(plain);
    }
    let pairs: Option<Vec<(String, Option<Vec<u8>>)>> = HEADER_PAIRS.get(py)?.call1((headers,))?.extract()?;
    Ok(pairs
        .unwrap_or_default()
        .into_iter()
        .map(|(key, value)| Header { key, value: value.map(Bytes::from) })
        .collect())
}

fn timestamp_of(py: Python<'_>, ts: Option<Bound<'_, PyAny>>) -> PyResult<Option<i64>> {
    match ts {
        None => Ok(None),
        Some(ts) if ts.is_none() => Ok(None),
        Some(ts) if ts.is_exact_instance_of::<PyInt>() => ts.extract().map(Some),
        Some(ts) => TO_MILLIS.get(py)?.call1((ts,))?.extract(),
    }
}

fn message<'py>(py: Python<'py>, item: &Bound<'py, PyAny>, key: &Encoder<'py>, value: &Encoder<'py>) -> PyResult<Message> {
    let [k, v, headers, partition, ts] = fields_of(py, item)?;
    let mut m = Message::new();
    if let Some(k) = k {
        m.key = key.apply(&k)?;
    }
    if let Some(v) = v {
        m.value = value.apply(&v)?;
    }
    m.headers = headers_of(py, headers)?;
    if let Some(p) = partition {
        m.partition = p.extract()?;
    }
    m.timestamp = timestamp_of(py, ts)?;
    Ok(m)
}

/// Converts the records of one `send()` (an iterable of dicts or Record
/// objects) with the topic's key and value encoders. `key_raw` /
/// `value_raw` say the encoder is the raw codec's.
#[pyfunction]
pub fn encode_records<'py>(
    py: Python<'py>,
    records: &Bound<'py, PyAny>,
    key_encode: Bound<'py, PyAny>,
    key_raw: bool,
    value_encode: Bound<'py, PyAny>,
    value_raw: bool,
) -> PyResult<EncodedRecords> {
    let key = Encoder { encode: key_encode, raw: key_raw, what: "key" };
    let value = Encoder { encode: value_encode, raw: value_raw, what: "value" };
    let mut messages = Vec::with_capacity(records.len().unwrap_or(0));
    for item in records.try_iter()? {
        messages.push(message(py, &item?, &key, &value)?);
    }
    Ok(EncodedRecords { messages: Mutex::new(Some(messages)) })
}

/// Where the records of one send were written: becomes a list of
/// `RecordMetadata` (records written in the same millisecond share one
/// datetime object).
pub struct Delivered {
    pub topic: String,
    pub results: Vec<(i32, i64, i64)>,
}

impl<'py> IntoPyObject<'py> for Delivered {
    type Target = PyList;
    type Output = Bound<'py, PyList>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let class = RECORD_METADATA.get(py)?;
        let to_datetime = TO_DATETIME.get(py)?;
        let new = py.get_type::<PyAny>().getattr(intern!(py, "__new__"))?;
        let topic = PyString::new(py, &self.topic);
        let mut stamps: HashMap<i64, Bound<'py, PyAny>> = HashMap::new();
        let list = PyList::empty(py);
        for (partition, offset, ts) in self.results {
            let stamp = match stamps.get(&ts) {
                Some(stamp) => stamp.clone(),
                None => {
                    let stamp = to_datetime.call1((ts,))?;
                    stamps.insert(ts, stamp.clone());
                    stamp
                }
            };
            // What the frozen dataclass's __init__ does, without its
            // per-field object.__setattr__ calls.
            let meta = new.call1((class,))?;
            let fields = meta.getattr(intern!(py, "__dict__"))?.cast_into::<PyDict>()?;
            fields.set_item(intern!(py, "topic"), &topic)?;
            fields.set_item(intern!(py, "partition"), partition)?;
            fields.set_item(intern!(py, "offset"), offset)?;
            fields.set_item(intern!(py, "timestamp"), stamp)?;
            list.append(meta)?;
        }
        Ok(list)
    }
}
