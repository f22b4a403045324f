// @confluentinc/kafka-javascript (librdkafka), through its kafkajs-style API.
import confluent from '@confluentinc/kafka-javascript'

export const name = '@confluentinc/kafka-javascript'
const { Kafka } = confluent.KafkaJS

export async function connect(brokers) {
  const kafka = new Kafka({ kafkaJS: { clientId: 'bench', brokers, logLevel: 0 } })
  return {
    async producer() {
      const producer = kafka.producer({ kafkaJS: { idempotent: true, acks: -1 }, 'linger.ms': 5 })
      await producer.connect()
      return {
        send: (topic, records) => producer.send({ topic, messages: records }),
        close: () => producer.disconnect(),
      }
    },
    async consume(topic, groupId, count) {
      const consumer = kafka.consumer({ kafkaJS: { groupId, fromBeginning: true } })
      await consumer.connect()
      await consumer.subscribe({ topic })
      let seen = 0
      let first = 0
      let done
      const finished = new Promise((resolve) => (done = resolve))
      await consumer.run({
        eachBatch: async ({ batch }) => {
          if (seen === 0) first = performance.now()
          for (const m of batch.messages) if (m.value) seen++
          if (seen >= count) done()
        },
      })
      await finished
      const end = performance.now()
      await consumer.disconnect()
      return { first, end }
    },
  }
}
