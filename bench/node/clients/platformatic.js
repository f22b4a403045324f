// @platformatic/kafka (pure JavaScript). Every send() is one produce request.
// Idempotence is off: with it on, concurrent sends fail with
// OUT_OF_ORDER_SEQUENCE_NUMBER (its sequence numbers assume one send at a time).
import { Producer, Consumer, ProduceAcks } from '@platformatic/kafka'

export const name = '@platformatic/kafka'

export async function connect(brokers) {
  return {
    async producer() {
      const producer = new Producer({ clientId: 'bench', bootstrapBrokers: brokers, acks: ProduceAcks.ALL, idempotent: false })
      return {
        send: (topic, records) => producer.send({ messages: records.map((r) => ({ topic, key: r.key ?? undefined, value: r.value })) }),
        close: () => producer.close(),
      }
    },
    async consume(topic, groupId, count) {
      const consumer = new Consumer({ clientId: 'bench', groupId, bootstrapBrokers: brokers })
      const stream = await consumer.consume({ topics: [topic], mode: 'earliest', autocommit: true })
      let seen = 0
      let first = 0
      for await (const m of stream) {
        if (seen === 0) first = performance.now()
        if (m.value) seen++
        if (seen >= count) break
      }
      const end = performance.now()
      await stream.close()
      await consumer.close()
      return { first, end }
    },
  }
}
