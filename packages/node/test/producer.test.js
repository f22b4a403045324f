// The producer against the real broker, read back through the consumer.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { topic, string, json, buffer, codec, RecordTooLargeError, UnknownTopicError, AbortError, KafkaError } from 'ferrokafka'
import { kafka, createTopic, unique, take } from './helpers.js'

const client = kafka()
const producer = client.producer({ lingerMs: 1 })
after(() => producer.disconnect())

test('send resolves to one RecordMetadata per record and the records read back decoded', async () => {
  const name = await createTopic(client, 'produce-typed', 1)
  const orders = topic(name, { key: string(), value: json() })
  const before = Date.now()
  const meta = await producer.send(orders, [
    { key: 'user-1', value: { total: 1 }, headers: { source: 'web' } },
    { key: 'user-2', value: { total: 2 }, headers: [['h', 'a'], ['h', Buffer.from('b')], ['n', null]] },
    { key: null, value: null, timestamp: new Date(1_700_000_000_000) },
  ])
  assert.deepEqual(meta.map((m) => [m.topic, m.partition, m.offset]), [[name, 0, 0n], [name, 0, 1n], [name, 0, 2n]])
  assert.ok(meta[0].timestamp instanceof Date && meta[0].timestamp.getTime() >= before - 60_000)
  assert.equal(meta[2].timestamp.getTime(), 1_700_000_000_000)

  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const got = await take(consumer, orders, 3)
    assert.deepEqual(got.map((m) => [m.key, m.value, m.offset]), [['user-1', { total: 1 }, 0n], ['user-2', { total: 2 }, 1n], [null, null, 2n]])
    assert.deepEqual(got[0].headers, { source: Buffer.from('web') })
    assert.deepEqual(got[1].headerList, [['h', Buffer.from('a')], ['h', Buffer.from('b')], ['n', null]])
    assert.equal(got[2].timestamp.getTime(), 1_700_000_000_000)
  } finally {
    await consumer.disconnect()
  }
})

test('keys land where murmur2 puts them, explicit partitions are kept, a function partitioner is used', async () => {
  const name = await createTopic(client, 'produce-partitions', 4)
  const t = topic(name, { key: string(), value: string() })
  // The same key always goes to the same partition.
  const keyed = await producer.send(t, Array.from({ length: 8 }, () => ({ key: 'same-key', value: 'v' })))
  assert.equal(new Set(keyed.map((m) => m.partition)).size, 1)
  const explicit = await producer.send(t, [{ value: 'a', partition: 3 }, { value: 'b', partition: 1 }])
  assert.deepEqual(explicit.map((m) => m.partition), [3, 1])

  const seen = []
  const byLength = client.producer({ partitioner: ({ key, partitionCount }) => (seen.push(partitionCount), key.length % partitionCount) })
  try {
    const meta = await byLength.send(t, [{ key: 'a', value: 'x' }, { key: 'bb', value: 'x' }, { key: 'ccc', value: 'x' }, { key: 'x', value: 'x', partition: 0 }])
    assert.deepEqual(meta.map((m) => m.partition), [1, 2, 3, 0])
    assert.deepEqual(seen, [4, 4, 4])
  } finally {
    await byLength.disconnect()
  }

  const roundRobin = client.producer({ partitioner: 'round-robin' })
  try {
    const meta = await roundRobin.send(t, Array.from({ length: 4 }, () => ({ key: 'k', value: 'v' })))
    assert.equal(new Set(meta.map((m) => m.partition)).size, 4)
  } finally {
    await roundRobin.disconnect()
  }
})

test('custom codecs, Buffer topics and topic names all send', async () => {
  const name = await createTopic(client, 'produce-codecs', 1)
  const upper = topic(name, { value: codec({ encode: (s) => s.toUpperCase(), decode: (b) => b.toString().toLowerCase() }) })
  await producer.send(upper, [{ value: 'hello' }])
  await producer.send(topic(name, { value: buffer() }), [{ value: Buffer.from([0, 1, 2]) }])
  await producer.send(name, [{ key: Buffer.from('k'), value: Buffer.from('raw') }])
  await producer.flush()
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const got = await take(consumer, name, 3)
    assert.deepEqual(got.map((m) => m.value), [Buffer.from('HELLO'), Buffer.from([0, 1, 2]), Buffer.from('raw')])
  } finally {
    await consumer.disconnect()
  }
})

test('failures reject with typed errors', async () => {
  const name = await createTopic(client, 'produce-errors', 1)
  const small = client.producer({ maxBatchBytes: 1024, maxRequestSize: 1024 })
  try {
    await assert.rejects(small.send(name, [{ value: Buffer.alloc(4096) }]), (e) => e instanceof RecordTooLargeError && /maxBatchBytes|max_batch_bytes|max_request_size/.test(e.message))
  } finally {
    await small.disconnect()
  }
  const quick = client.producer({ maxBlockMs: 1000 })
  try {
    await assert.rejects(quick.send(unique('missing-topic'), [{ value: Buffer.from('x') }]), (e) => e instanceof UnknownTopicError && e.code === 3 && !e.retriable)
    await assert.rejects(quick.send(name, [{ value: 'not bytes' }]), TypeError)
  } finally {
    await quick.disconnect()
  }
  await assert.rejects(producer.send(name, [{ value: Buffer.from('x') }], { signal: AbortSignal.abort() }), AbortError)
  const closed = client.producer()
  await closed.disconnect()
  await assert.rejects(closed.send(name, [{ value: Buffer.from('x') }]), (e) => e instanceof KafkaError && /disconnected/.test(e.message))
})

test('Symbol.asyncDispose disconnects the producer', async () => {
  const name = await createTopic(client, 'produce-dispose', 1)
  let kept
  {
    const p = client.producer()
    kept = p
    await p.send(name, [{ value: Buffer.from('x') }])
    await p[Symbol.asyncDispose]()
  }
  await assert.rejects(kept.send(name, [{ value: Buffer.from('y') }]), /disconnected/)
})

test("acks 'none' sends without waiting for the broker", async () => {
  const name = await createTopic(client, 'produce-acks0', 1)
  const p = client.producer({ acks: 'none' })
  try {
    const meta = await p.send(name, [{ value: Buffer.from('x') }])
    assert.equal(meta[0].offset, -1n)
  } finally {
    await p.disconnect()
  }
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const [m] = await take(consumer, name, 1)
    assert.deepEqual(m.value, Buffer.from('x'))
  } finally {
    await consumer.disconnect()
  }
})

test('sends made together share one native call, and each gets its own results or error', async () => {
  const name = await createTopic(client, 'produce-coalesced', 2)
  const t = topic(name, { value: string() })
  const sends = Array.from({ length: 50 }, (_, i) => producer.send(t, [{ value: `a${i}`, partition: i % 2 }, { value: `b${i}`, partition: i % 2 }]))
  const bad = assert.rejects(producer.send(t, [{ value: 'x', partition: 0 }, { value: 'y', partition: 9 }]), (e) => e instanceof UnknownTopicError && /partitions 0 to 1/.test(e.message))
  const badHeaders = assert.rejects(producer.send(t, [{ value: 'z', headers: { n: 5 } }]), (e) => e.option === 'headers')
  await Promise.all([bad, badHeaders])
  const results = await Promise.all(sends)
  const offsets = [[], []]
  results.forEach((meta, i) => {
    assert.equal(meta.length, 2)
    for (const m of meta) {
      assert.equal(m.partition, i % 2)
      offsets[m.partition].push(m.offset)
    }
  })
  // Every record got its own offset, in the order sent, per partition
  // (partition 0 may also hold the valid record of the failed send).
  assert.deepEqual(offsets[1], Array.from({ length: 50 }, (_, i) => BigInt(i)))
  assert.equal(new Set(offsets[0]).size, 50)
  assert.deepEqual(offsets[0], [...offsets[0]].sort((a, b) => (a < b ? -1 : 1)))
})
