// Quickstart: a typed topic, a producer and a consumer group.
//
//   node quickstart.js [brokers]      (default: $FERROKAFKA_BROKERS or localhost:9092)
//
// Creates the topic `quickstart-orders` if it is missing, sends three
// orders, reads them back as a member of the group `quickstart`, and
// prints each one.
import { Kafka, topic, string, json, UnknownTopicError } from 'ferrokafka'

interface Order {
  id: number
  item: string
  quantity: number
}

const brokers = (process.argv[2] ?? process.env.FERROKAFKA_BROKERS ?? 'localhost:9092').split(',')
const kafka = new Kafka({ clientId: 'quickstart', brokers })
const orders = topic('quickstart-orders', { key: string(), value: json<Order>() })

const admin = kafka.admin()
try {
  await admin.describeTopics([orders.name])
} catch (error) {
  if (!(error instanceof UnknownTopicError)) throw error
  await admin.createTopics([{ name: orders.name, partitions: 3, replicationFactor: 1 }])
}
await admin.disconnect()

const producer = kafka.producer({ acks: 'all', lingerMs: 5 })
const run = Date.now().toString(36)
const sent = await producer.send(orders, [
  { key: `${run}-1`, value: { id: 1, item: 'tea', quantity: 2 }, headers: { source: 'quickstart' } },
  { key: `${run}-2`, value: { id: 2, item: 'cake', quantity: 1 } },
  { key: `${run}-3`, value: { id: 3, item: 'jam', quantity: 4 } },
])
for (const meta of sent) console.log(`sent to partition ${meta.partition} at offset ${meta.offset}`)
await producer.disconnect()

// A new group each run, reading from the start: it sees this run's orders
// (and those of earlier runs, which it skips).
const consumer = kafka.consumer({ groupId: `quickstart-${run}`, autoOffsetReset: 'earliest' })
let received = 0
for await (const message of consumer.stream(orders)) {
  if (!message.key?.startsWith(`${run}-`)) continue
  const order = message.value!
  console.log(`received order ${order.id}: ${order.quantity} x ${order.item} (key ${message.key})`)
  if (++received === sent.length) break
}
await consumer.disconnect()
console.log('quickstart done')
