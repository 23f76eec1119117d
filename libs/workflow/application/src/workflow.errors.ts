export class LifecycleNotFoundError extends Error {
  constructor(readonly scenarioId: string) {
    super(`场景 ${scenarioId} 没有生命周期实例 No lifecycle instance for scenario ${scenarioId}`);
  }
}

export class EventNotAcceptedError extends Error {
  constructor(
    readonly stage: string,
    readonly event: string,
    readonly accepted: string[],
  ) {
    super(`当前阶段 ${stage} 不接受事件 ${event} Stage ${stage} does not accept ${event}; accepted: ${accepted.join(', ') || 'none'}`);
  }
}

export class ConcurrentTransitionError extends Error {
  constructor(readonly scenarioId: string) {
    super(`场景 ${scenarioId} 已被其他操作更新，请刷新后重试 Scenario ${scenarioId} was changed by another transition; reload and retry`);
  }
}
