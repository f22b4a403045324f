// The entry point: `new Kafka(options)` checks the options and makes
// producers, consumers and admin clients that share them.
import { Admin } from './admin.js'
import { resolveClient, type KafkaConfig, type ResolvedClient } from './config.js'
import { Consumer } from './consumer.js'
import { forwardEngineLog } from './engine-log.js'
import type { ConsumerConfig } from './consumer-options.js'
import { Producer, type ProducerConfig } from './producer.js'

/** A Kafka cluster, as this client reaches it. */
export class Kafka {
  #client: ResolvedClient

  /** Checks the options; bad ones throw a ConfigError naming the option. Connects nothing yet. */
  constructor(config: KafkaConfig) {
    this.#client = resolveClient(config)
    forwardEngineLog(this.#client.logger, config.logLevel ?? 'warn')
  }

  /** A producer; it connects on first use or on `connect()`. */
  producer(config?: ProducerConfig): Producer {
    return new Producer(this.#client, config)
  }

  /** A consumer group member; it connects on first use or on `connect()`. */
  consumer(config: ConsumerConfig): Consumer {
    return new Consumer(this.#client, config)
  }

  /** An admin client; it connects on first use or on `connect()`. */
  admin(): Admin {
    return new Admin(this.#client)
  }
}
