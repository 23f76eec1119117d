import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { MessageBus } from '../bus/message-bus.port';

export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

/** The host process chooses the bus (Kafka, or in-process for the embedded mode); every service module shares it. */
@Global()
@Module({})
export class BusModule {
  static forRoot(bus: MessageBus): DynamicModule {
    return { module: BusModule, global: true, providers: [{ provide: MESSAGE_BUS, useValue: bus }], exports: [MESSAGE_BUS] };
  }
}
