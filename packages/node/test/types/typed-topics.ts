// Compiled by `tsc --noEmit` in test/typings.test.js. Each line after a
// ts-expect-error comment must fail to compile; everything else must compile.
import { Kafka, topic, string, json, buffer, codec, KafkaError, TimeoutError, type Message, type RecordMetadata } from 'ferrokafka'

interface Order {
  id: number
  total: number
}

const kafka = new Kafka({ clientId: 'typings', brokers: ['localhost:9092'] })
const orders = topic('orders', { key: string(), value: json<Order>() })
const raw = topic('raw')
const custom = topic('custom', { value: codec<Date>({ encode: (d) => d.toISOString(), decode: (b) => new Date(b.toString()) }) })

export async function typed(): Promise<void> {
  await using producer = kafka.producer({ acks: 'all', compression: 'zstd', lingerMs: 5 })
  const meta: RecordMetadata[] = await producer.send(orders, [{ key: 'user-42', value: { id: 1, total: 9.5 }, headers: { source: 'web' } }])
  const offset: bigint = meta[0].offset
  void offset

  // @ts-expect-error a value of the wrong type for the topic
  await producer.send(orders, [{ key: 'user-42', value: { id: 'one', total: 1 } }])
  // @ts-expect-error a key of the wrong type for the topic
  await producer.send(orders, [{ key: 42, value: { id: 1, total: 1 } }])
  // @ts-expect-error a missing field of the value
  await producer.send(orders, [{ value: { id: 1 } }])
  await producer.send(raw, [{ value: Buffer.from('x') }])
  // @ts-expect-error a raw topic takes Buffers
  await producer.send(raw, [{ value: 'x' }])
  await producer.send(custom, [{ value: new Date() }])
  // @ts-expect-error a codec's type applies
  await producer.send(custom, [{ value: 123 }])
  // @ts-expect-error not an option
  kafka.producer({ lingerMS: 5 })
  // @ts-expect-error acks are named
  kafka.producer({ acks: 1 })

  await using consumer = kafka.consumer({ groupId: 'billing', autoOffsetReset: 'earliest' })
  await consumer.runEach(orders, async (message: Message<string, Order>) => {
    const total: number | undefined = message.value?.total
    const key: string | null = message.key
    // @ts-expect-error the value is an Order, not a string
    const wrong: string | null = message.value
    void total, key, wrong
  }, { partitionConcurrency: 4 })
  await consumer.runBatch(orders, (messages) => {
    const ids: (number | undefined)[] = messages.map((m) => m.value?.id)
    void ids
  })
  for await (const message of consumer.stream(orders)) {
    const id: number | undefined = message.value?.id
    // @ts-expect-error no such field
    void message.value?.customer
    void id
  }
  // @ts-expect-error groupId is required
  kafka.consumer({ autoOffsetReset: 'earliest' })
  await using admin = kafka.admin()
  await admin.createTopics([{ name: 'orders', partitions: 12, replicationFactor: 3, configs: { 'retention.ms': '604800000' } }])
  const groups = await admin.listGroups()
  const firstGroup: string | undefined = groups[0]?.groupId
  const failed: { nodeId: number; error: KafkaError }[] = groups.brokerErrors
  // @ts-expect-error brokerErrors is read-only
  groups.brokerErrors = []
  void firstGroup
  void failed
  const b = buffer()
  void b
  try {
    await producer.flush()
  } catch (error) {
    if (error instanceof TimeoutError) {
      const retriable: boolean = error.retriable
      void retriable
    } else if (error instanceof KafkaError) {
      const code: number = error.code
      void code
    }
  }
}
