// The group consumer against the real broker.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { topic, string, json, DecodeError, AbortError } from 'ferrokafka'
import { kafka, createTopic, unique, take } from './helpers.js'

const client = kafka()
const producer = client.producer({ lingerMs: 1 })
after(() => producer.disconnect())

const values = (messages) => messages.map((m) => m.value)

async function fill(name, count, partitions = 1) {
  const t = topic(name, { key: string(), value: string() })
  for (let p = 0; p < partitions; p++) {
    await producer.send(t, Array.from({ length: count }, (_, i) => ({ key: `k${i}`, value: `p${p}-${i}`, partition: p })))
  }
  return t
}

test('runEach commits only after the handler resolves; a failing handler stops the run', async () => {
  const name = await createTopic(client, 'each', 1)
  const t = await fill(name, 5)
  const groupId = unique('g')
  const first = client.consumer({ groupId, autoOffsetReset: 'earliest' })
  const handled = []
  const failure = new Error('cannot process p0-3')
  const run = first.runEach(t, async (message) => {
    if (message.value === 'p0-3') throw failure
    handled.push(message.value)
  })
  await assert.rejects(run, (e) => e === failure)
  await first.disconnect()
  assert.deepEqual(handled, ['p0-0', 'p0-1', 'p0-2'])

  // The next member starts at the failed message: nothing after it was committed.
  const second = client.consumer({ groupId, autoOffsetReset: 'earliest' })
  try {
    const [committed] = await second.committed([{ topic: name, partition: 0 }])
    assert.equal(committed.offset, 3n)
    assert.deepEqual(values(await take(second, t, 2)), ['p0-3', 'p0-4'])
  } finally {
    await second.disconnect()
  }
})

test('runEach keeps each partition in order with partitionConcurrency, and disconnect ends the run', async () => {
  const name = await createTopic(client, 'each-concurrent', 3)
  const t = await fill(name, 20, 3)
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  const seen = new Map()
  let total = 0
  let done
  const all = new Promise((resolve) => (done = resolve))
  const run = consumer.runEach(t, async (message, context) => {
    assert.ok(context.signal instanceof AbortSignal)
    const list = seen.get(message.partition) ?? []
    list.push(message.value)
    seen.set(message.partition, list)
    await new Promise((resolve) => setImmediate(resolve))
    if (++total === 60) done()
  }, { partitionConcurrency: 3 })
  await all
  await consumer.disconnect()
  await run
  for (let p = 0; p < 3; p++) assert.deepEqual(seen.get(p), Array.from({ length: 20 }, (_, i) => `p${p}-${i}`))
})

test('runBatch hands over whole batches and commits them after the handler', async () => {
  const name = await createTopic(client, 'batch', 1)
  const t = await fill(name, 30)
  const groupId = unique('g')
  const consumer = client.consumer({ groupId, autoOffsetReset: 'earliest', maxPollRecords: 10 })
  const batches = []
  let done
  const all = new Promise((resolve) => (done = resolve))
  const run = consumer.runBatch(t, async (messages) => {
    batches.push(values(messages))
    if (batches.flat().length === 30) done()
  })
  await all
  await consumer.commitOffsets()
  const [committed] = await consumer.committed([{ topic: name, partition: 0 }])
  await consumer.disconnect()
  await run
  assert.equal(committed.offset, 30n)
  assert.ok(batches.every((b) => b.length <= 10))
  assert.deepEqual(batches.flat(), Array.from({ length: 30 }, (_, i) => `p0-${i}`))
})

test('while a stream loop awaits work on a message, auto-commit covers the ones before it', async () => {
  const name = await createTopic(client, 'stream-progress', 1)
  const t = await fill(name, 3)
  const groupId = unique('g')
  const consumer = client.consumer({ groupId, autoOffsetReset: 'earliest', autoCommitIntervalMs: 100 })
  const committedOffset = async () => (await consumer.committed([{ topic: name, partition: 0 }]))[0].offset
  try {
    for await (const message of consumer.stream(t)) {
      if (message.offset < 1n) continue
      // Busy with p0-1, which came in the same batch as p0-0: p0-0 is
      // processed and the engine commits it on its interval.
      const deadline = Date.now() + 30_000
      let offset = await committedOffset()
      while (offset !== 1n && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        offset = await committedOffset()
      }
      assert.equal(offset, 1n)
      break
    }
  } finally {
    await consumer.disconnect()
  }
  // The loop broke on p0-1: it stays uncommitted.
  const admin = client.admin()
  try {
    assert.deepEqual(await admin.listGroupOffsets(groupId), [{ topic: name, partition: 0, offset: 1 }])
  } finally {
    await admin.disconnect()
  }
})

test('stream ends on its signal; seek, pause, resume and assignment work on owned partitions', async () => {
  const name = await createTopic(client, 'stream', 2)
  const t = await fill(name, 5, 2)
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  const assigned = once(consumer, 'partitionsAssigned')
  try {
    const firstFive = await take(consumer, t, 10)
    assert.equal(firstFive.length, 10)
    const [partitions] = await assigned
    assert.deepEqual(partitions.sort((a, b) => a.partition - b.partition), [{ topic: name, partition: 0 }, { topic: name, partition: 1 }])
    assert.deepEqual(consumer.assignment().sort((a, b) => a.partition - b.partition), partitions)

    consumer.pause([{ topic: name, partition: 1 }])
    assert.deepEqual(consumer.paused(), [{ topic: name, partition: 1 }])
    consumer.seek({ topic: name, partition: 0, offset: 2n })
    consumer.seek({ topic: t, partition: 1, offset: 'earliest' })
    const afterSeek = await take(consumer, t, 3)
    assert.deepEqual(values(afterSeek), ['p0-2', 'p0-3', 'p0-4'])
    consumer.resume([{ topic: name, partition: 1 }])
    assert.deepEqual(values(await take(consumer, t, 5)), ['p1-0', 'p1-1', 'p1-2', 'p1-3', 'p1-4'])

    const controller = new AbortController()
    const seen = []
    setImmediate(() => controller.abort())
    for await (const message of consumer.stream(undefined, { signal: controller.signal })) seen.push(message)
    assert.deepEqual(seen, [])
    await assert.rejects(consumer.stream(t, { signal: AbortSignal.abort() }).next(), AbortError)
    assert.throws(() => consumer.seek({ topic: name, partition: 0, offset: -3 }), /offset/)
    assert.throws(() => consumer.pause([{ topic: name, partition: 7 }]), /not assigned|partition/)
  } finally {
    await consumer.disconnect()
  }
})

test('a RegExp subscribes to every matching topic; commitOffsets commits exactly what it is given', async () => {
  const prefix = unique('regex')
  const admin = client.admin()
  await admin.createTopics([{ name: `${prefix}-a`, partitions: 1 }, { name: `${prefix}-b`, partitions: 1 }])
  await admin.disconnect()
  await producer.send(`${prefix}-a`, [{ value: Buffer.from('a') }])
  await producer.send(`${prefix}-b`, [{ value: Buffer.from('b') }])
  const groupId = unique('g')
  const consumer = client.consumer({ groupId, autoOffsetReset: 'earliest' })
  try {
    const escaped = prefix.replace(/[-]/g, '\\-')
    const got = await take(consumer, new RegExp(`${escaped}-.*`), 2)
    assert.deepEqual(got.map((m) => m.value.toString()).sort(), ['a', 'b'])
    await consumer.commitOffsets([{ topic: `${prefix}-a`, partition: 0, offset: 1n }])
    const committed = await consumer.committed([{ topic: `${prefix}-a`, partition: 0 }, { topic: `${prefix}-b`, partition: 0 }])
    assert.deepEqual(committed.map((c) => c.offset), [1n, null])
  } finally {
    await consumer.disconnect()
  }
})

test('with autoCommit false nothing is committed until commitOffsets(), not even on disconnect', async () => {
  const name = await createTopic(client, 'manual', 1)
  const t = await fill(name, 4)
  const groupId = unique('g')
  const first = client.consumer({ groupId, autoOffsetReset: 'earliest', autoCommit: false, autoCommitIntervalMs: 1 })
  const got = await take(first, t, 4)
  assert.deepEqual(values(got), ['p0-0', 'p0-1', 'p0-2', 'p0-3'])
  assert.deepEqual((await first.committed([{ topic: name, partition: 0 }])).map((c) => c.offset), [null])
  await first.disconnect()
  const admin = client.admin()
  try {
    assert.deepEqual(await admin.listGroupOffsets(groupId), [])
    // The next member starts over, then commits what it processed by hand.
    const second = client.consumer({ groupId, autoOffsetReset: 'earliest', autoCommit: false })
    try {
      assert.deepEqual(values(await take(second, t, 4)), ['p0-0', 'p0-1', 'p0-2', 'p0-3'])
      await second.commitOffsets()
    } finally {
      await second.disconnect()
    }
    assert.deepEqual(await admin.listGroupOffsets(groupId), [{ topic: name, partition: 0, offset: 3 }])
  } finally {
    await admin.disconnect()
  }
})

test('a value the codec cannot decode fails with a DecodeError naming the record', async () => {
  const name = await createTopic(client, 'decode', 1)
  await producer.send(name, [{ value: Buffer.from('{not json') }])
  const schema = { parse: (v) => v }
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const [message] = await take(consumer, topic(name, { value: json(schema) }), 1)
    assert.throws(() => message.value, (e) => e instanceof DecodeError && e.offset === 0n && e.topic === name && /cannot decode the value/.test(e.message))
  } finally {
    await consumer.disconnect()
  }
})

test('a zod-style parser validates decoded values', async () => {
  const name = await createTopic(client, 'parse', 1)
  await producer.send(topic(name, { value: json() }), [{ value: { id: 1 } }, { value: { id: 'x' } }])
  const schema = { parse: (v) => { if (typeof v.id !== 'number') throw new Error('id must be a number'); return v } }
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const [ok, bad] = await take(consumer, topic(name, { value: json(schema) }), 2)
    assert.deepEqual(ok.value, { id: 1 })
    assert.throws(() => bad.value, /id must be a number/)
  } finally {
    await consumer.disconnect()
  }
})

test('runEach and runBatch end when their signal fires; the logger hears rebalances', async () => {
  const name = await createTopic(client, 'signal', 1)
  const t = await fill(name, 3)
  const lines = []
  const logged = kafka({ logLevel: 'info', logger: { info: (message, fields) => lines.push([message, fields]) } })
  const consumer = logged.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest' })
  try {
    const controller = new AbortController()
    const seen = []
    await consumer.runEach(t, (m) => {
      seen.push(m.value)
      if (seen.length === 3) controller.abort()
    }, { signal: controller.signal })
    assert.deepEqual(seen, ['p0-0', 'p0-1', 'p0-2'])
    assert.ok(lines.some(([message, fields]) => message === '[ferrokafka] partitionsAssigned' && fields.partitions[0].topic === name))

    await producer.send(t, [{ key: 'k', value: 'more' }])
    const batches = []
    const second = new AbortController()
    await consumer.runBatch(undefined, (messages) => {
      batches.push(values(messages))
      second.abort()
    }, { signal: second.signal })
    assert.deepEqual(batches, [['more']])
    await assert.rejects(consumer.runEach(t, () => {}, { signal: AbortSignal.abort() }), AbortError)
    await assert.rejects(consumer.runEach(t, () => {}, { partitionConcurrency: 0 }), (e) => e.option === 'partitionConcurrency')
  } finally {
    await consumer.disconnect()
  }
})
