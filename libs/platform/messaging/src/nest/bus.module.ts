import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { MessageBus } from '../bus/message-bus.port';
import { ServiceMessagingRegistry } from './event-edge/service-messaging.registry';

export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

/** The host process chooses the bus (Kafka, or in-process for the embedded mode); every service module shares it and registers its messaging. */
@Global()
@Module({})
export class BusModule {
  static forRoot(bus: MessageBus): DynamicModule {
    return {
      module: BusModule,
      global: true,
      providers: [{ provide: MESSAGE_BUS, useValue: bus }, ServiceMessagingRegistry],
      exports: [MESSAGE_BUS, ServiceMessagingRegistry],
    };
  }
}
