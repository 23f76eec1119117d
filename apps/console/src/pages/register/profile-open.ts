/** A scenario's profile may be edited until the recognition assessment (the server decides; this keeps the console from offering what it would refuse). */
export function profileOpenAt(stage: string | null): boolean {
  return stage === null || stage === 'proposed' || stage === 'cultivating';
}
