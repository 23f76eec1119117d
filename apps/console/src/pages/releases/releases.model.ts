/** `old=new` lines into a stage map (blank lines ignored); null when a line is not `a=b`. */
export function stageMapOf(text: string): Record<string, string> | null {
  const map: Record<string, string> = {};
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [from, to, ...rest] = line.split('=').map((part) => part.trim());
    if (!from || !to || rest.length) return null;
    map[from] = to;
  }
  return map;
}
