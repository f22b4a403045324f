// Transactions against the real broker: what read_committed consumers see.
import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { topic, string, ConfigError, KafkaError, ProducerFencedError, TransactionAbortableError, TransactionStateError } from 'ferrokafka'
import { kafka, createTopic, unique, take } from './helpers.js'

const client = kafka()
const producers = []
after(() => Promise.all(producers.map((p) => p.disconnect())))

function transactional(id = unique('txn')) {
  const p = client.producer({ transactionalId: id, lingerMs: 1 })
  producers.push(p)
  return p
}

async function read(t, count, isolationLevel = 'read_committed') {
  const consumer = client.consumer({ groupId: unique('g'), autoOffsetReset: 'earliest', isolationLevel })
  try {
    return (await take(consumer, t, count)).map((m) => m.value)
  } finally {
    await consumer.disconnect()
  }
}

test('a committed transaction is visible, an aborted one only to read_uncommitted, and its error is rethrown', async () => {
  const t = topic(await createTopic(client, 'txn-visible', 2), { key: string(), value: string() })
  const producer = transactional()
  const result = await producer.transaction(async (txn) => {
    await txn.send(t, [{ key: 'a', value: 'c1' }, { key: 'b', value: 'c2' }])
    return 'done'
  })
  assert.equal(result, 'done')
  const failure = new Error('processing failed')
  await assert.rejects(
    producer.transaction(async (txn) => {
      await txn.send(t, [{ key: 'a', value: 'x1' }, { key: 'b', value: 'x2' }])
      throw failure
    }),
    (error) => error === failure,
  )
  await producer.transaction(async (txn) => {
    await txn.send(t, [{ key: 'a', value: 'c3' }])
  })
  // The aborted records lie between the committed ones on both partitions.
  assert.deepEqual((await read(t, 3)).sort(), ['c1', 'c2', 'c3'])
  assert.deepEqual((await read(t, 5, 'read_uncommitted')).sort(), ['c1', 'c2', 'c3', 'x1', 'x2'])
})

test('plain send on a transactional producer is rejected; transaction() needs a transactionalId', async () => {
  const t = topic(await createTopic(client, 'txn-plain'), { value: string() })
  const producer = transactional()
  await assert.rejects(producer.send(t, [{ value: 'no' }]), (error) => error instanceof TransactionStateError && /producer\.transaction/.test(error.message))
  const plain = client.producer()
  producers.push(plain)
  await assert.rejects(plain.transaction(async () => {}), (error) => error instanceof ConfigError && error.option === 'transactionalId')
  assert.throws(() => client.producer({ transactionalId: 'x', acks: 'leader' }), ConfigError)
  let late
  await producer.transaction(async (txn) => {
    late = txn
    await txn.send(t, [{ value: 'yes' }])
  })
  await assert.rejects(late.send(t, [{ value: 'late' }]), TransactionStateError)
  assert.deepEqual(await read(t, 1), ['yes'])
})

test('concurrent transaction() calls run one after another, in call order', async () => {
  const t = topic(await createTopic(client, 'txn-queue'), { value: string() })
  const producer = transactional()
  const log = []
  const runs = [1, 2, 3].map((n) =>
    producer.transaction(async (txn) => {
      log.push(`begin ${n}`)
      await txn.send(t, [{ value: `first ${n}` }])
      await new Promise((resolve) => setImmediate(resolve))
      await txn.send(t, [{ value: `second ${n}` }])
      log.push(`end ${n}`)
      if (n === 2) throw new Error('two fails')
      return n
    }),
  )
  const settled = await Promise.allSettled(runs)
  assert.deepEqual(settled.map((s) => s.status), ['fulfilled', 'rejected', 'fulfilled'])
  assert.deepEqual(log, ['begin 1', 'end 1', 'begin 2', 'end 2', 'begin 3', 'end 3'])
  assert.deepEqual(await read(t, 4), ['first 1', 'second 1', 'first 3', 'second 3'])
})

test('a second producer with the same transactionalId fences the first', async () => {
  const t = topic(await createTopic(client, 'txn-fence'), { value: string() })
  const id = unique('txn-fenced')
  const older = transactional(id)
  await older.transaction(async (txn) => {
    await txn.send(t, [{ value: 'old committed' }])
  })
  const newer = transactional(id)
  await assert.rejects(
    older.transaction(async (txn) => {
      await txn.send(t, [{ value: 'old open' }])
      await newer.connect() // fences the older producer and aborts its open transaction
      await txn.send(t, [{ value: 'old after fencing' }])
    }),
    ProducerFencedError,
  )
  await assert.rejects(older.transaction(async (txn) => txn.send(t, [{ value: 'old again' }])), ProducerFencedError)
  await newer.transaction(async (txn) => {
    await txn.send(t, [{ value: 'new' }])
  })
  assert.deepEqual(await read(t, 2), ['old committed', 'new'])
})

test('offsets sent to a transaction are committed with it and not when it aborts', async () => {
  const input = topic(await createTopic(client, 'txn-in'), { value: string() })
  const output = topic(await createTopic(client, 'txn-out'), { value: string() })
  const seed = client.producer()
  producers.push(seed)
  await seed.send(input, [{ value: 'a' }, { value: 'b' }, { value: 'c' }])
  const producer = transactional()
  const consumer = client.consumer({ groupId: unique('g-txn'), autoOffsetReset: 'earliest' })
  const tp = [{ topic: input.name, partition: 0 }]
  let seen = 0
  let committedInside
  const stop = new AbortController()
  try {
    await consumer.runBatch(input, async (messages) => {
      const before = (await consumer.committed(tp)).map((p) => p.offset)
      await assert.rejects(
        producer.transaction(async (txn) => {
          await txn.send(output, messages.map((m) => ({ value: `aborted ${m.value}` })))
          await txn.sendOffsets({ consumer, messages })
          throw new Error('abort this one')
        }),
        /abort this one/,
      )
      assert.deepEqual((await consumer.committed(tp)).map((p) => p.offset), before)
      await producer.transaction(async (txn) => {
        await txn.send(output, messages.map((m) => ({ value: m.value.toUpperCase() })))
        await txn.sendOffsets({ groupMetadata: consumer.groupMetadata(), offsets: [{ ...tp[0], offset: messages.at(-1).offset + 1n }] })
      })
      // Before the handler returns, so the consumer has not committed them itself.
      committedInside = (await consumer.committed(tp)).map((p) => p.offset)
      seen += messages.length
      if (seen >= 3) stop.abort()
    }, { signal: stop.signal })
  } finally {
    await consumer.disconnect()
  }
  assert.equal(seen, 3)
  assert.deepEqual(committedInside, [3n])
  assert.deepEqual((await read(output, 3)), ['A', 'B', 'C'])
})

test('a failed send makes the commit fail with TransactionAbortableError; the next transaction commits', async () => {
  const t = topic(await createTopic(client, 'txn-abortable'), { value: string() })
  const producer = transactional()
  let sendError
  await assert.rejects(
    producer.transaction(async (txn) => {
      await txn.send(t, [{ value: 'lost' }])
      // Partition 7 does not exist; the function swallows the failure, the commit must not.
      sendError = await txn.send(t, [{ value: 'nowhere', partition: 7 }]).then(() => null, (error) => error)
    }),
    TransactionAbortableError,
  )
  assert.ok(sendError instanceof KafkaError, String(sendError))
  await producer.transaction(async (txn) => {
    await txn.send(t, [{ value: 'kept' }])
  })
  assert.deepEqual(await read(t, 1), ['kept'])
  assert.deepEqual(await read(t, 2, 'read_uncommitted'), ['lost', 'kept'])
})
