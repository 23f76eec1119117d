import { Test } from '@nestjs/testing';
import { composedProviders } from './composition';

class Clock {
  now(): number {
    return 42;
  }
}
class Greeter {
  constructor(readonly clock: Clock, readonly name: string) {}
}

describe('composedProviders: a composition root in plain code, its parts injectable by type', () => {
  it('builds the graph once from the injected dependencies and provides each part under its class (and a token where asked)', async () => {
    let built = 0;
    const NAME = Symbol('NAME');
    const GRAPH = Symbol('GRAPH');
    const GREETER = Symbol('GREETER');
    const module = await Test.createTestingModule({
      providers: [
        { provide: NAME, useValue: '重庆' },
        ...composedProviders(GRAPH, {
          inject: [NAME],
          compose: (name: string) => {
            built += 1;
            const clock = new Clock();
            return { clock, greeter: new Greeter(clock, name) };
          },
        }, { clock: Clock, greeter: Greeter }, { greeter: GREETER }),
      ],
    }).compile();
    const greeter = module.get(Greeter);
    expect(greeter.name).toBe('重庆');
    expect(greeter.clock).toBe(module.get(Clock));
    expect(module.get(GREETER)).toBe(greeter);
    expect(built).toBe(1);
  });
});
